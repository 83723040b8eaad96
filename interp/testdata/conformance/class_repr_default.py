class A: pass
a = A()
print(repr(a).startswith('<__main__.A object at 0x'), str(A), A, type(A), type(a))
print(repr(int), repr(type), type(None), type(1.0), type('s'), type([]), type({}))
