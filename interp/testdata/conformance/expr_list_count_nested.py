print([[1], [1], 1].count([1]))
print(repr([[1], [1], 1].count([1])))
