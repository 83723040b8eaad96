print(~(2 ** 65))
print(repr(~(2 ** 65)))
