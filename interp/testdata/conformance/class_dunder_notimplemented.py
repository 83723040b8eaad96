class A:
    def __add__(self, o):
        if isinstance(o, int):
            return 'A+int'
        return NotImplemented
    def __radd__(self, o):
        return 'int+A'
print(A() + 1, 1 + A())
class B:
    def __eq__(self, o):
        return NotImplemented
print(B() == B(), B() != 1)
