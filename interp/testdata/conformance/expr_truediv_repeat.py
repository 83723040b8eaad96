print(22 / 7)
print(repr(22 / 7))
