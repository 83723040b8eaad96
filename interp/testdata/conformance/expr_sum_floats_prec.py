print(sum([0.1, 0.2, 0.3]))
print(repr(sum([0.1, 0.2, 0.3])))
