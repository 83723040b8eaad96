class Rec:
    fields = ('a', 'b')
    def __init__(self, *vals):
        for f, v in zip(self.fields, vals):
            setattr(self, f, v)
    def __eq__(self, o):
        return all(getattr(self, f) == getattr(o, f) for f in self.fields)
    def __repr__(self):
        inner = ', '.join(f'{f}={getattr(self, f)!r}' for f in self.fields)
        return f'Rec({inner})'
r = Rec(1, 'x')
print(r, r == Rec(1, 'x'), r == Rec(2, 'x'))
