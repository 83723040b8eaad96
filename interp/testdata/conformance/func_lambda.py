sq = lambda x: x * x
print(sq(7), (lambda a, b=2: a * b)(3), (lambda *a: len(a))(1, 2, 3))
print(sorted(['ccc', 'a', 'bb'], key=lambda s: len(s)))
print(list(map(lambda x: x + 1, [1, 2])), list(filter(lambda x: x % 2, range(6))))
