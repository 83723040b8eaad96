print(sorted([(2, "b"), (1, "z"), (2, "a")]))
print(repr(sorted([(2, "b"), (1, "z"), (2, "a")])))
