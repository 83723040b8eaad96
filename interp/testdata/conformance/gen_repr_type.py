def g():
    yield 1
print(type(g()).__name__, type(x for x in []).__name__)
