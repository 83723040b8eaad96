print({'k': [1, {'n': None}], 2: (3,)})
print(repr({'k': [1, {'n': None}], 2: (3,)}))
