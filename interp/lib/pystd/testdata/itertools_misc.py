import itertools as it
pairs = list(zip(it.count(1), "abc"))
print(pairs, next(it.count(5, -1)), list(it.islice(it.count(0.5, 0.25), 3)))
c = it.cycle([1, 2])
print([next(c) for _ in range(5)])
print(list(it.chain(*[[1, 2], [3]])), sum(it.repeat(2, 5)), list(map(pow, range(4), it.repeat(2))))
print([list(g) for k, g in it.groupby([1, 2, 2, 3, 3, 3])], dict((k, len(list(g))) for k, g in it.groupby("aabccc")))
print(list(it.product(range(2), "xy", repeat=1)), list(it.starmap(lambda a, b: a * b, zip([1, 2], [3, 4]))))
print(type(it.chain()).__name__, type(it.islice([], 1)).__name__)
