vals = [1.0, 10.0, 1e16, 1.5e16, 123456789.123, 0.00001, 0.0001, 1e-10, 3.0e-5, 2.5e-05]
print(vals)
print([str(v) for v in vals])
