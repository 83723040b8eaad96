print('a' in {'a': 1})
print(repr('a' in {'a': 1}))
