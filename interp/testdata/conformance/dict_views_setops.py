a = {'x': 1, 'y': 2, 'z': 3}
b = {'y': 0, 'w': 0}
print(sorted(a.keys() & b.keys()), sorted(a.keys() - b.keys()), sorted(a.keys() | b))
print(sorted(a.items())[:2], list(a.values()))
