class A:
    def __init__(self):
        self._x = 1
    @property
    def x(self):
        return self._x
    @x.deleter
    def x(self):
        print('deleting')
        del self._x
a = A()
print(a.x)
del a.x
print(hasattr(a, '_x'))
