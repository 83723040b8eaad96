print(hash(1) == hash(1.0) == hash(True), hash('a') == hash('a'), hash((1, 2)) == hash((1, 2)), hash(-1))
print(hash(0), hash(42), hash(frozenset([1])) == hash(frozenset([1])))
