print(range(0, 20, 5))
print(repr(range(0, 20, 5)))
