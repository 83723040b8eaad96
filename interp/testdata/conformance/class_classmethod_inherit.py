class Base:
    registry = []
    @classmethod
    def create(cls, *args):
        obj = cls(*args)
        Base.registry.append(cls.__name__)
        return obj
class Child(Base):
    def __init__(self, v=0):
        self.v = v
c = Child.create(5)
print(c.v, Base.registry)
