print(None == 0)
print(repr(None == 0))
