from collections import Counter, OrderedDict, defaultdict, deque, namedtuple
c = Counter(a=1, b=2)
def f(**kw):
    return sorted(kw.items())
print(f(**c), {**c}, dict(**OrderedDict(x=1)), [*deque([1, 2])], "%s" % (c,), f"{deque([1])}")
P = namedtuple("P", "x y")
p = P(1, 2)
print("{}-{}".format(*p), f"{p}", str(p), max(p), sum(p), list(reversed(p)), p[::-1], p[:1])
print(sorted(c), sorted(c, key=c.get), list(zip(c, c.values())), "a" in c.keys(), set(c) == {"a", "b"})
d = defaultdict(int)
d[1] += 1
print(repr(d), str(d), d == {1: 1}, {1: 1} == d, len(d), bool(defaultdict(int)))
print(isinstance(p, tuple), isinstance(c, dict), type(c) is Counter, issubclass(Counter, dict))
print(tuple(p) == (1, 2), (1, 2) == p, p == (1, 2), list(p) == [1, 2])
