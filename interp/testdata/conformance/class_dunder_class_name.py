class Foo:
    def name(self):
        return self.__class__.__name__
class Bar(Foo):
    pass
print(Foo().name(), Bar().name(), (1).__class__.__name__, [].__class__.__name__, type(Bar()).__mro__[1].__name__)
