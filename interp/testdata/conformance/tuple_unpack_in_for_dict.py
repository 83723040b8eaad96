d = {'a': (1, 2), 'b': (3, 4)}
for k, (x, y) in d.items():
    print(k, x + y)
for i, (k, v) in enumerate(sorted(d.items())):
    print(i, k, v)
