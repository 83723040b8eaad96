# error
assert 1 + 1 == 2, 'math works'
x = 5
assert x < 3, f'x too big: {x}'
