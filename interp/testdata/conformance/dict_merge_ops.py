a = {'x': 1, 'y': 2}
b = {'y': 3, 'z': 4}
print(a | b, {**a, **b}, {**b, 'w': 0})
a |= b
print(a)
print(dict.fromkeys('ab', 0), a.copy() == a)
print(a.popitem(), a)
