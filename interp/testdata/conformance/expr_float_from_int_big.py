print(float(2 ** 70))
print(repr(float(2 ** 70)))
