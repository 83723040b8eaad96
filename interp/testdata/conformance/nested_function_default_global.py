SCALE = 2
def outer():
    def inner(v, s=SCALE):
        return v * s
    return inner
f = outer()
SCALE = 10
print(f(3), f(3, SCALE))
