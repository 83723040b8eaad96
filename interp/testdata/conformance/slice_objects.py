s = slice(1, 5, 2)
print(s, s.start, s.stop, s.step if hasattr(s, 'step') else None)
print([0, 1, 2, 3, 4, 5][s], 'abcdef'[slice(3)], (1, 2, 3)[slice(None, None, -1)])
