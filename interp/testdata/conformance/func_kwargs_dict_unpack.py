def f(a, b, c=0):
    return a + b + c
args = {'a': 1, 'b': 2}
print(f(**args), f(*[1, 2], **{'c': 3}))
def g(**kw):
    return kw
print(g(x=1, **{'y': 2}))
