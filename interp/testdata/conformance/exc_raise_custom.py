class MyError(Exception):
    pass
class Detailed(MyError):
    def __init__(self, code, msg):
        super().__init__(msg)
        self.code = code
try:
    raise Detailed(42, 'bad thing')
except MyError as e:
    print(type(e).__name__, e.code, e, e.args)
print(issubclass(Detailed, Exception), isinstance(Detailed(1, 'x'), MyError))
