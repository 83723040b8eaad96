l = [3, 1, 4, 1, 5, 9, 2, 6]
print(l, len(l), l[0], l[-1], l[2:5], l[::-1], l[::3], l[-3:])
l.append(7); l.insert(0, 0); l.extend([8, 8])
print(l, l.count(1), l.index(4), l.pop(), l.pop(0))
l.remove(1)
print(l)
l.sort(); print(l)
l.reverse(); print(l)
print(sorted(l, key=lambda v: (v % 3, v)))
