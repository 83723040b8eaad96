# error
class A:
    pass
A.missing
