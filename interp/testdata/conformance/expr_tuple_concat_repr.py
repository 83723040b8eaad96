print((1,) + (2,) + ())
print(repr((1,) + (2,) + ()))
