from collections import namedtuple
Point = namedtuple("Point", "x y")
p = Point(1, y=2)
print(p, p.x, p[1], p._fields, Point._fields, len(p), tuple(p))
x, y = p
print(x + y, p == (1, 2), p._asdict(), p._replace(x=10), isinstance(p, tuple))
P3 = namedtuple("P3", ["a", "b", "c"], defaults=[0, 9])
print(P3(1), P3(1, 2, 3), P3._make([4, 5, 6]), P3._field_defaults)
print({p: "found"}[(1, 2)], p + (3,), sorted([Point(2, 1), Point(1, 5)]), type(p).__name__)
for bad in [lambda: Point(1), lambda: Point(1, 2, 3), lambda: Point(1, 2, z=3),
            lambda: namedtuple("Q", "a a"), lambda: namedtuple("Q", "_a"), lambda: namedtuple("Q", "class"),
            lambda: p._replace(z=1)]:
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
print(namedtuple("R", "a, def, a", rename=True)._fields)
