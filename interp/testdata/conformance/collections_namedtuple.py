from collections import namedtuple
Point = namedtuple('Point', 'x y')
p = Point(1, y=2)
print(p, p.x, p[1], p == (1, 2), list(p), len(p), p._asdict(), p._replace(x=5), Point._fields)
x, y = p
print(x + y, hash(p) == hash((1, 2)), isinstance(p, tuple))
P3 = namedtuple('P3', ['a', 'b', 'c'], defaults=[0])
print(P3(1, 2), P3(1, 2, 3))
