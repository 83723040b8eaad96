import itertools as it
a, b, c = it.tee(iter(range(4)), 3)
print(next(a), next(a), list(b), list(a), list(c))
x, y = it.tee("ab")
print(list(zip(x, y)))
data = [("a", 1), ("a", 2), ("b", 3), ("c", 4), ("c", 5)]
for key, grp in it.groupby(data, key=lambda t: t[0]):
    print(key, [v for _, v in grp])
print(list(it.islice(it.permutations("abcd", 2), 3, 7)), list(it.compress(range(5), it.cycle([1, 0]))))
