print(isinstance(3.0, (str, float)))
print(repr(isinstance(3.0, (str, float))))
