print(eval('1 + 2 * 3'), eval('x * 2', {'x': 21}))
exec('y = 10\nz = y * 2')
print(y, z)
ns = {}
exec('def f(): return 99', ns)
print(ns['f']())
