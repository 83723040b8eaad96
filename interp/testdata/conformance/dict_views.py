d = {'x': 1, 'y': 2}
k = d.keys()
print(k, d.values(), d.items())
d['z'] = 3
print(k, len(k), 'z' in k, ('x', 1) in d.items())
for key, val in d.items():
    print(key, val)
