# error
class A:
    def f(self):
        return self.g()
    def g(self):
        return self.missing_attribute
A().f()
