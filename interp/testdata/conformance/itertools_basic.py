import itertools as it
print(list(it.islice(it.count(5, 2), 4)), list(it.repeat('x', 3)), list(it.islice(it.cycle('ab'), 5)))
print(list(it.chain([1, 2], 'ab', range(2))), list(it.product('ab', [0, 1])), list(it.product([0, 1], repeat=2)))
print(list(it.combinations('abc', 2)), list(it.permutations([1, 2, 3], 2)), len(list(it.permutations(range(4)))))
print(list(it.accumulate([1, 2, 3, 4])), list(it.accumulate([1, 2, 3], lambda a, b: a * b, initial=10)))
print(list(it.zip_longest('abc', [1], fillvalue='-')), list(it.islice(range(10), 2, 8, 3)))
