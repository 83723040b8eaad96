a = []
b = a
print(id(a) == id(b), id(a) == id([]), callable(len), callable(5), callable(lambda: 0))
