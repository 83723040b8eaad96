def numbers():
    yield from range(5)
g = numbers()
a = [next(g), next(g)]
b = list(g)
print(a, b, list(g))
