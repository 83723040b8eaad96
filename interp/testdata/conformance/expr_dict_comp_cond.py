print({k: v for k, v in zip('abcd', range(4)) if v % 2})
print(repr({k: v for k, v in zip('abcd', range(4)) if v % 2}))
