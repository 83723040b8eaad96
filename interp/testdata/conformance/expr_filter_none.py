print(list(filter(None, [0, 1, 2, '', 'x'])))
print(repr(list(filter(None, [0, 1, 2, '', 'x']))))
