def square(x):
    return x * x
def is_odd(x):
    return x % 2 == 1
print([square(x) for x in range(10) if is_odd(x)], list(map(square, filter(is_odd, range(10)))))
