print(not not 5)
print(repr(not not 5))
