for v in [1, 1.0, 'a', [], (), {}, set(), frozenset(), None, True, range(1), len, print, int, 2**80, slice(1)]:
    print(type(v).__name__)
