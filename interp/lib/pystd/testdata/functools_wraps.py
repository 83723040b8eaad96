import functools
def deco(fn):
    @functools.wraps(fn)
    def inner(*a, **k):
        """inner doc"""
        return fn(*a, **k) + 1
    return inner
@deco
def add(a, b):
    """Add two numbers."""
    return a + b
print(add(1, 2), add.__name__, add.__doc__, add.__wrapped__(1, 2))
@functools.total_ordering
class V:
    def __init__(self, v):
        self.v = v
    def __eq__(self, o):
        return self.v == o.v
    def __lt__(self, o):
        return self.v < o.v
print(V(1) < V(2), V(1) <= V(1), V(3) > V(2), V(2) >= V(3), V(1) >= V(1))
print(sorted([3, 1, 2], key=functools.cmp_to_key(lambda a, b: b - a)))
