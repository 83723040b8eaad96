e = ValueError('a', 2, None)
print(e.args, str(e), repr(e))
print(str(KeyError('k')), repr(KeyError('k')), str(KeyError()), str(IndexError('i')))
print(repr(Exception()), repr(Exception('x', 1)))
