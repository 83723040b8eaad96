vals = [0, -1, 10**20, 1.25, 'x', [1], (2,), {3: 4}, None, True]
for v in vals:
    print(type(v).__name__, repr(v), str(v))
