print(list(range(5, -5, -2)))
print(repr(list(range(5, -5, -2))))
