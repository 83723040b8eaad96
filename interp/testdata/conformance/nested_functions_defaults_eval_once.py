counter = [0]
def default():
    counter[0] += 1
    return counter[0]
def f(x=default()):
    return x
print(f(), f(), counter)
