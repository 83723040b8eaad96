print(1.23e-7)
print(repr(1.23e-7))
