l = [5, 3, 8]
l.clear()
print(l, len(l))
l = [1, 2, 3, 2]
print(l.index(2, 2), 2 in l, 9 in l)
