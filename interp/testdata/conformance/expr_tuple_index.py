print(('a', 'b', 'c').index('c'))
print(repr(('a', 'b', 'c').index('c')))
