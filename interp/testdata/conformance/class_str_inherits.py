class Base:
    def __str__(self):
        return f'<{type(self).__name__}>'
class Derived(Base):
    pass
print(Derived(), str(Base()), [str(Derived())])
