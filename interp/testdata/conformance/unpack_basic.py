a, b = 1, 2
a, b = b, a
print(a, b)
(c, d), e = (3, 4), 5
print(c, d, e)
[f, g] = 'xy'
print(f, g)
h, *i = [1, 2, 3]
*j, k = range(4)
l, *m, n = 'abcdef'
print(h, i, j, k, l, m, n)
for x, (y, z) in [(1, (2, 3)), (4, (5, 6))]:
    print(x, y, z)
