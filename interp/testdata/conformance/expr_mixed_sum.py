print(sum([1, 2.5, True]))
print(repr(sum([1, 2.5, True])))
