# error
def g():
    yield 1
    raise ValueError('gen failed')
for x in g():
    print(x)
