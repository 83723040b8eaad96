print(10 / 5)
print(repr(10 / 5))
