print([] and 'x')
print(repr([] and 'x'))
