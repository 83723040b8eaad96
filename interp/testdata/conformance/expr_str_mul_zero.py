print('abc' * 0)
print(repr('abc' * 0))
