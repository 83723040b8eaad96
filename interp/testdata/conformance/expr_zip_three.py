print(list(zip('ab', 'cd', 'ef')))
print(repr(list(zip('ab', 'cd', 'ef'))))
