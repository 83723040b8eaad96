print(sorted(({1, 2, 3} - {2}) | {9}))
print(repr(sorted(({1, 2, 3} - {2}) | {9})))
