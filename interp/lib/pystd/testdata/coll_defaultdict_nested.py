from collections import defaultdict
tree = lambda: defaultdict(tree)
t = tree()
t["a"]["b"]["c"] = 1
print(t["a"]["b"]["c"], list(t), list(t["a"]))
g = defaultdict(set)
for a, b in [(1, 2), (1, 3), (2, 3)]:
    g[a].add(b)
    g[b]
print(sorted((k, sorted(v)) for k, v in g.items()), len(g))
d = defaultdict(lambda: "missing")
print(d["x"], dict(d))
dd = defaultdict(list, a=[1])
dd.setdefault("b", []).append(2)
print(dd.pop("a"), dd, dd.keys(), sorted(dd.values()))
