print(list(map(str.upper, ['a', 'b'])))
print(repr(list(map(str.upper, ['a', 'b']))))
