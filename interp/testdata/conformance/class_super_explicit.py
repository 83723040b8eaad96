class A:
    def f(self):
        return 'A.f'
class B(A):
    def f(self):
        return 'B>' + super(B, self).f()
print(B().f())
