print(hex(-1))
print(repr(hex(-1)))
