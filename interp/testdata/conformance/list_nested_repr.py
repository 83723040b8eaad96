a = [1, [2, [3, []]], (4,), {'k': [5]}, 'six', 7.0, None, True]
print(a)
print(str(a), repr(a))
b = [1, 2]
b.append(b)
print(b)
d = {}
d['self'] = d
print(d)
