print(sum([1, 2, 3]), sum([0.1] * 10), sum([[1], [2]], []), sum(range(5), 10), sum([]))
print(any([]), all([]), any([0, '', None]), all([1, 'a', [0]]), any(x > 5 for x in [1, 9]))
