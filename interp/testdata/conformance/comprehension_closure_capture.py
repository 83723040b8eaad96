def f():
    base = 10
    return [lambda: base + i for i in range(2)], [base + j for j in range(2)]
fs, vals = f()
print([g() for g in fs], vals)
