for i, c in enumerate('abc'):
    print(i, c)
for i, (a, b) in enumerate(zip([1, 2], [3, 4]), 1):
    print(i, a, b)
print(list(zip('ab', [1, 2, 3])), dict(zip(['x', 'y'], [1, 2])))
names = ['a', 'b']
ages = [1, 2]
print([f'{n}={a}' for n, a in zip(names, ages)])
