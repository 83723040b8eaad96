d = {}
d[1] = 'a'
d[1.0] = 'b'
d[True] = 'c'
print(d, len(d))
s = {0, 0.0, False}
print(s, len(s))
