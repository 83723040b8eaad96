class N:
    def __init__(self, v): self.v = v
    def __rsub__(self, o): return N(o - self.v)
    def __rtruediv__(self, o): return N(o / self.v)
    def __rpow__(self, o): return N(o ** self.v)
    def __repr__(self): return f'N({self.v})'
print(10 - N(3), 1 / N(4), 2 ** N(5))
