x = 5
def f(a, b=2):
    c = a + b
    return sorted(locals().items())
print(f(1))
print('x' in globals(), globals()['x'])
