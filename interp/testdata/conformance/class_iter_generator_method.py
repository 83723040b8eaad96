class Bag:
    def __init__(self, *items):
        self.items = list(items)
    def __iter__(self):
        for it in self.items:
            yield it
    def __len__(self):
        return len(self.items)
b = Bag(3, 1, 2)
print(list(b), sorted(b), len(b), 2 in b, 5 in b, [x * 2 for x in b], sum(b), max(b))
