print((lambda l: (l.__setitem__(slice(1, 3), [9]), l)[1])([1, 2, 3, 4]))
print(repr((lambda l: (l.__setitem__(slice(1, 3), [9]), l)[1])([1, 2, 3, 4])))
