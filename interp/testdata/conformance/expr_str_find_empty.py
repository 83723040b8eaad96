print('abc'.find(''))
print(repr('abc'.find('')))
