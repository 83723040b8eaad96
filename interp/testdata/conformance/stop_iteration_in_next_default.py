it = iter([])
print(next(it, 'empty'))
def gen():
    return
    yield
print(list(gen()), next(gen(), 'nothing'))
