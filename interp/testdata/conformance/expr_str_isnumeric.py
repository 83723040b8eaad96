print('123'.isnumeric())
print(repr('123'.isnumeric()))
