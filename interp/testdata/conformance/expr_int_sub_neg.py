print(3 - 10)
print(repr(3 - 10))
