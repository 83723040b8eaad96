import itertools as it
print(list(it.chain([1, 2], "ab", (3,))), list(it.chain.from_iterable([[1], [2, 3], []])))
print(list(it.compress("abcdef", [1, 0, 1, 0, 1, 1])), list(it.starmap(pow, [(2, 3), (3, 2)])))
print(list(it.takewhile(lambda x: x < 3, [1, 2, 3, 1])), list(it.dropwhile(lambda x: x < 3, [1, 2, 3, 1])))
print(list(it.filterfalse(lambda x: x % 2, range(7))), list(it.pairwise("abcd")))
print(list(it.islice("abcdefg", 2, None)), list(it.islice("abcdefg", 1, 6, 2)), list(it.islice(range(10), 3)))
