print(bin(0))
print(repr(bin(0)))
