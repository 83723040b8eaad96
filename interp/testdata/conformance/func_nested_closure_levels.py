def a():
    x = 1
    def b():
        def c():
            return x + 1
        return c()
    return b()
print(a())
def outer():
    v = 'outer'
    def mid():
        def inner():
            nonlocal v
            v = 'changed'
        inner()
    mid()
    return v
print(outer())
