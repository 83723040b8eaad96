print(1 << 100)
print(repr(1 << 100))
