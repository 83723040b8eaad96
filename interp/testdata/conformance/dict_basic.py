d = {'a': 1, 'b': 2}
d['c'] = 3
print(d, len(d), d['a'], d.get('z'), d.get('z', 0), 'a' in d, 'z' not in d)
print(list(d.keys()), list(d.values()), list(d.items()))
print(d.pop('b'), d, d.setdefault('x', 9), d)
del d['a']
print(d)
d.update({'y': 1}, z=2)
print(d)
print(dict(a=1, b=2), dict([('k', 'v')]), dict(zip('abc', range(3))))
