def f(*args, **kw):
    return args, kw
print(f(*[1, 2], 3, *(4,), k=1, **{'m': 2}))
print([*range(3), *'ab'], (*[1], 2), {*[1, 1], 2}, {**{'a': 1}, 'b': 2})
