# error
class C:
    def __enter__(self):
        return self
    def __exit__(self, *a):
        print('exit called', a[0].__name__)
        return False
with C():
    raise RuntimeError('boom')
