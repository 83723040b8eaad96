print(sorted({x % 4 for x in range(100)}))
print(repr(sorted({x % 4 for x in range(100)})))
