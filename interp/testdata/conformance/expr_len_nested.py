print(len([[1, 2], [3]]))
print(repr(len([[1, 2], [3]])))
