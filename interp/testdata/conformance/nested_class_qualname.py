class Outer:
    class Inner:
        pass
    def method(self):
        def local():
            pass
        return local
print(Outer.Inner.__name__, Outer().method().__qualname__, Outer.method.__qualname__)
