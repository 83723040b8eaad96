calls = 0
def track(fn):
    def wrapped(*a):
        global calls
        calls += 1
        return fn(*a)
    wrapped.__name__ = fn.__name__
    return wrapped
@track
def add(a, b):
    return a + b
print(add(1, 2), add(3, 4), calls, add.__name__)
