calls = []
def v(x):
    calls.append(x)
    return x
print(v(1) < v(2) < v(0) < v(5), calls)
