# error
def f():
    return undefined_helper()
f()
