print(len([[]] * 3))
print(repr(len([[]] * 3)))
