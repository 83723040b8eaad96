print(None, repr(None), str(None), None is None, None == None, None != 0)
x = None
print(x is not None, type(x).__name__)
