print((3.0).is_integer())
print(repr((3.0).is_integer()))
