def fib(n):
    return n if n < 2 else fib(n-1) + fib(n-2)
print(fib(20))
x = [i*i for i in range(10) if i % 2]
print(x, sum(x), len(x))
d = {'a': 1, 'b': [1, 2.5, None, True]}
print(d, repr('hi'), 1/3, 2**100, -7//2, -7 % 3)
class A:
    def __init__(self, v):
        self.v = v
    def __repr__(self):
        return f"A({self.v!r})"
    def __add__(self, o):
        return A(self.v + o.v)
class B(A):
    def __init__(self, v):
        super().__init__(v * 2)
print(A(1) + B(2), isinstance(B(1), A))
def gen(n):
    for i in range(n):
        yield i * 10
print(list(gen(4)), sum(x for x in range(5)))
try:
    {}['k']
except KeyError as e:
    print('caught', repr(e), e.args)
def outer():
    c = 0
    def inc():
        nonlocal c
        c += 1
        return c
    inc(); inc()
    return inc()
print(outer())
a, *b, c = range(6)
print(a, b, c)
print(sorted([3, 1, 2], reverse=True), max([1, 5, 3], key=lambda v: -v))
'%d items, %s' % (3, 'x')
