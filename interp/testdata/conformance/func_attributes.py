def f(a, b=1):
    "Docstring here."
    return a
print(f.__name__, f.__doc__, f.__defaults__)
f.custom = 5
print(f.custom)
print(f.__qualname__)
def outer():
    def inner():
        pass
    return inner
print(outer().__qualname__)
