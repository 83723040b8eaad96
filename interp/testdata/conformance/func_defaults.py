def f(a, b=2, c=3):
    return a, b, c
print(f(1), f(1, 5), f(1, c=9), f(c=0, a=1), f(1, 2, 3))
def g(x, items=[]):
    items.append(x)
    return items
print(g(1), g(2))
