t = (1, 'two', 3.0)
print(t, t[1], t[-1], t[0:2], len(t), t + (4,), t * 2, (1,), (), tuple([1, 2]))
print(t.index('two'), t.count(1), 3.0 in t)
a, b, c = t
print(a, b, c)
print((1, 2) == (1, 2), (1, 2) < (1, 3), hash((1, 2)) == hash((1, 2)))
