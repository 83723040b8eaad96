# error
def f(a, b):
    pass
f(1, a=2)
