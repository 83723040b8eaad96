class Base:
    def __init_subclass__(cls, **kw):
        pass
class A:
    pass
print(A.__name__, A.__module__, A.__qualname__ if hasattr(A, '__qualname__') else '')
