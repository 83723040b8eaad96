m = map(lambda x: x * 2, [1, 2, 3])
print(next(m), list(m), list(m))
f = filter(None, [0, 1, '', 'a', None])
print(list(f))
