print(repr(int), repr(str), repr(len), repr(print), repr(type(None)))
print(str(ValueError), repr(Exception), repr(object))
