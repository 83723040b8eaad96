print('a' if 0 else 'b' if 1 else 'c')
print(repr('a' if 0 else 'b' if 1 else 'c'))
