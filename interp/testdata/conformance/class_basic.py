class Point:
    dims = 2
    def __init__(self, x, y):
        self.x = x
        self.y = y
    def norm2(self):
        return self.x ** 2 + self.y ** 2
    def __repr__(self):
        return f'Point({self.x}, {self.y})'
p = Point(3, 4)
print(p, p.norm2(), p.dims, Point.dims, p.x)
p.x = 10
print(p, [Point(i, i) for i in range(2)])
print(type(p).__name__, isinstance(p, Point), Point.__name__)
