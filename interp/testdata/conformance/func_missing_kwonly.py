# error
def f(*, key):
    pass
f()
