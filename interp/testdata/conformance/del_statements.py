x = 1
del x
l = [1, 2, 3]
del l[0]
d = {'a': 1, 'b': 2}
del d['a']
class O: pass
o = O()
o.a = 1
del o.a
print(l, d, hasattr(o, 'a'), 'x' in globals())
a, b = 1, 2
del a, b
print('a' in globals())
