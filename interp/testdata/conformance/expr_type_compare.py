print(type(3) == type(4))
print(repr(type(3) == type(4)))
