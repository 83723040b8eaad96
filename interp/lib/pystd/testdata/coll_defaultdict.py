from collections import defaultdict
d = defaultdict(list)
for k, v in [("a", 1), ("b", 2), ("a", 3)]:
    d[k].append(v)
print(d, len(d), sorted(d), dict(d))
c = defaultdict(int)
for w in "the cat the hat".split():
    c[w] += 1
print(c, c["zzz"], "zzz" in c, isinstance(c, dict), type(c).__name__)
n = defaultdict()
try:
    n["x"]
except KeyError as e:
    print("KeyError", e)
print(n, n.default_factory, c.default_factory)
print(c.get("nope"), "nope" in c, list(c.items()), c.copy())
print(c == {"the": 2, "cat": 1, "hat": 1, "zzz": 0})
