print(['a', "b'c", 'd"e'])
print(repr(['a', "b'c", 'd"e']))
