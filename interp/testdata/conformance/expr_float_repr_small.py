print(0.1 + 0.7)
print(repr(0.1 + 0.7))
