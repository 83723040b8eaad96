print('abc'[-100:100])
print(repr('abc'[-100:100]))
