import itertools as it
print(list(it.islice(it.count(), 5)), list(it.islice(it.count(10, 2.5), 3)))
print(list(it.islice(it.cycle("ab"), 5)), list(it.repeat("x", 3)), list(it.islice(it.repeat(1), 2)))
print(repr(it.count(3)), repr(it.repeat("a", 2)))
