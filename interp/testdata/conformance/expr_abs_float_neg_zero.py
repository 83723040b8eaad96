print(abs(-0.0))
print(repr(abs(-0.0)))
