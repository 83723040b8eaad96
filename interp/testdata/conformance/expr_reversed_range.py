print(list(reversed(range(1, 4))))
print(repr(list(reversed(range(1, 4)))))
