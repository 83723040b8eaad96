print(-(10 ** 20) // 3)
print(repr(-(10 ** 20) // 3))
