print(sorted('hello'), sorted({3: 'a', 1: 'b'}), sorted([2, 1], reverse=True), sorted((3, 1, 2)))
print(list(reversed([1, 2, 3])), ''.join(reversed('abc')))
d = {'b': 2, 'a': 1, 'c': 3}
print(sorted(d.items(), key=lambda kv: kv[1], reverse=True))
