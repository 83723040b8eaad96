print(1.1 * 1e20)
print(repr(1.1 * 1e20))
