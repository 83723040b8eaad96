print(isinstance(1, int), isinstance(True, int), isinstance(1.0, (int, float)), isinstance('a', str))
print(isinstance([], list), isinstance({}, dict), isinstance((), tuple), isinstance(None, type(None)))
print(isinstance(int, type), isinstance(1, object), issubclass(bool, int), issubclass(int, (str, int)))
print(type(1) is int, type(True) is bool, type(1) == int, type(type))
