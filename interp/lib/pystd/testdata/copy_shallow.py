import copy
a = [1, [2, 3], {"k": [4]}]
b = copy.copy(a)
b[1].append(99)
b.append(5)
print(a, b, a is b, a[1] is b[1])
d = {"x": [1]}
e = copy.copy(d)
e["y"] = 2
print(d, e, copy.copy((1, 2)) == (1, 2), copy.copy({1, 2}), copy.copy("s"))
class P:
    def __init__(self):
        self.items = [1]
p = P()
q = copy.copy(p)
q.items.append(2)
print(p.items, q.items is p.items, type(q).__name__)
