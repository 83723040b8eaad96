print('aaaa'.replace('a', 'b', 2))
print(repr('aaaa'.replace('a', 'b', 2)))
