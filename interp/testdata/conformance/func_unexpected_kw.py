# error
def f(a):
    pass
f(1, b=2)
