def read():
    for i in range(10):
        yield i
def evens(src):
    for x in src:
        if x % 2 == 0:
            yield x
def squared(src):
    for x in src:
        yield x * x
print(list(squared(evens(read()))))
