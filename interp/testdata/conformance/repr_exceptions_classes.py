class MyError(Exception):
    pass
print(repr(MyError('x')), MyError, ValueError, repr(MyError()), str(MyError('a', 'b')))
e = MyError('boom')
print(e.args, isinstance(e, Exception), type(e).__mro__[1].__name__)
print(KeyError, repr(KeyError(1)), str(KeyError('x')), OSError(2, 'No such file'))
