from collections import OrderedDict
od = OrderedDict()
od['b'] = 1
od['a'] = 2
print(od, list(od), od == {'b': 1, 'a': 2}, OrderedDict())
