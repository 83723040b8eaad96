print('abc' * -2)
print(repr('abc' * -2))
