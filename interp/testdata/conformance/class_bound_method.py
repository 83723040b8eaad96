class A:
    def __init__(self, v):
        self.v = v
    def get(self):
        return self.v
a = A(7)
m = a.get
print(m(), A.get(a), m.__self__ is a, m.__name__)
fs = [A(i).get for i in range(3)]
print([f() for f in fs])
