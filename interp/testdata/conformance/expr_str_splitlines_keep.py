print('a\nb'.splitlines())
print(repr('a\nb'.splitlines()))
