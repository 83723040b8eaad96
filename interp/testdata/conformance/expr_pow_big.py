print(7 ** 30)
print(repr(7 ** 30))
