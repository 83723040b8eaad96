d = {1: 'int', 2.0: 'float', True: 'bool?'}
print(d, d[1.0], d[2])
d2 = {(1, 2): 'tuple', None: 'none', 'k': 'str'}
print(d2[(1, 2)], d2[None])
