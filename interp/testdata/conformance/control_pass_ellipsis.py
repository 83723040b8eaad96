def f():
    pass
def g():
    ...
print(f(), g(), ..., Ellipsis, type(...).__name__)
