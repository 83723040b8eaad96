print(int(str(2 ** 100)) == 2 ** 100)
print(repr(int(str(2 ** 100)) == 2 ** 100))
