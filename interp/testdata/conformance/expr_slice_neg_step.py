print('abcdefg'[-2:1:-2])
print(repr('abcdefg'[-2:1:-2]))
