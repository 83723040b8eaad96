import functools
def f(a, b, c=3):
    return (a, b, c)
p = functools.partial(f, 1, c=10)
print(p(2), p(2, c=4), p.args, p.keywords, p.func is f)
q = functools.partial(p, 5)
print(q(), q.args)
print(repr(functools.partial(max, 1)), functools.partial(int, base=2)("101"))
print(functools.reduce(lambda a, b: a * b, [1, 2, 3, 4]), functools.reduce(lambda a, b: a + b, [], 0))
try:
    functools.reduce(lambda a, b: a, [])
except TypeError as e:
    print(e)
