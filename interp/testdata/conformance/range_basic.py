print(list(range(5)), list(range(2, 8)), list(range(10, 0, -3)), list(range(0)), list(range(5, 1)))
r = range(1, 10, 2)
print(r, len(r), r[2], r[-1], r[1:3], 5 in r, 4 in r, r.index(7), range(3) == range(0, 3))
print(range(0, 10, 1), repr(range(3, 9, 2)), sum(range(101)))
