def f(*args, **kwargs):
    return args, sorted(kwargs.items())
print(f(), f(1, 2), f(a=1), f(1, b=2))
def g(a, *rest, sep='-'):
    return sep.join(str(x) for x in (a,) + rest)
print(g(1, 2, 3), g(1, sep='+'), g('x', 'y', sep=''))
