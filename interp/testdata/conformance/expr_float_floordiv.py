print(7.9 // 2.1)
print(repr(7.9 // 2.1))
