print(0b1010 ^ 0b0110)
print(repr(0b1010 ^ 0b0110))
