print({'a': {'b': 1}}['a']['b'])
print(repr({'a': {'b': 1}}['a']['b']))
