print(2 ** -3)
print(repr(2 ** -3))
