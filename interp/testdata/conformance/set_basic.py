s = {3, 1, 2}
s.add(4); s.add(1)
print(sorted(s), len(s), 2 in s, 9 in s)
s.discard(9); s.remove(3)
print(sorted(s))
a, b = {1, 2, 3}, {2, 3, 4}
print(sorted(a | b), sorted(a & b), sorted(a - b), sorted(a ^ b))
print(a <= {1, 2, 3, 4}, a < a, a == {3, 2, 1}, {1} < a, a.isdisjoint({7}))
print(set(), frozenset(), set([1, 1, 2]) == {1, 2}, frozenset({1, 2}) == {1, 2})
