import itertools as it
print([(k, list(g)) for k, g in it.groupby("aaabbcaa")])
print([(k, len(list(g))) for k, g in it.groupby(sorted([3, 1, 2, 4, 6]), key=lambda x: x % 2)])
groups = it.groupby([1, 1, 2, 3, 3])
k1, g1 = next(groups)
k2, g2 = next(groups)
print(k1, list(g1), k2, list(g2))
a, b = it.tee([1, 2, 3])
print(list(a), list(b))
