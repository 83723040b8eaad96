def deco(f):
    def wrapper(*a, **k):
        print('before', f.__name__)
        r = f(*a, **k)
        print('after')
        return r
    return wrapper
@deco
def hello(name):
    print('hello', name)
    return 42
print(hello('bob'))
def repeat(n):
    def d(f):
        def w():
            return [f() for _ in range(n)]
        return w
    return d
@repeat(3)
def one():
    return 1
print(one())
