m = [[3, 'c'], [1, 'a'], [2, 'b']]
m.sort()
print(m)
m.sort(key=lambda r: r[1], reverse=True)
print(m, [r[0] for r in m])
