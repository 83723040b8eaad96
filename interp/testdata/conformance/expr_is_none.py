print(None is None)
print(repr(None is None))
