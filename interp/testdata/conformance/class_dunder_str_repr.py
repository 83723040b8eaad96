class P:
    def __str__(self):
        return 'str-P'
    def __repr__(self):
        return 'repr-P'
p = P()
print(p, str(p), repr(p), [p], f'{p}', f'{p!r}', '%s %r' % (p, p))
class Q:
    def __repr__(self):
        return 'Q()'
print(Q(), str(Q()))
