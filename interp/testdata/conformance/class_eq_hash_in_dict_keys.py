class P:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __eq__(self, o):
        return (self.x, self.y) == (o.x, o.y)
    def __hash__(self):
        return hash((self.x, self.y))
seen = {P(1, 2): 'a'}
seen[P(1, 2)] = 'b'
print(len(seen), seen[P(1, 2)])
