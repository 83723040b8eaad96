import functools
calls = []
@functools.lru_cache(maxsize=None)
def fib(n):
    calls.append(n)
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(30), len(calls), fib.cache_info())
@functools.lru_cache
def sq(x):
    calls.append(x)
    return x * x
print(sq(3), sq(3), sq.__name__, sq.cache_info().hits)
@functools.cache
def cube(x):
    return x ** 3
print(cube(2), cube(2), cube.__wrapped__(3))
@functools.lru_cache(maxsize=2)
def ident(x):
    calls.append(("i", x))
    return x
for x in [1, 2, 1, 3, 2, 1]:
    ident(x)
print(ident.cache_info(), calls[-4:])
fib.cache_clear()
print(fib.cache_info())
class C:
    @functools.lru_cache(maxsize=None)
    def m(self, x):
        return x * 2
print(C().m(4))
