def g():
    x = yield 1
    yield 2
it = g()
print(next(it), it.send(None))
it.close()
print(list(it))
