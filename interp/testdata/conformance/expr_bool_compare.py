print(True > False)
print(repr(True > False))
