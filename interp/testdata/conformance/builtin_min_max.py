print(min(3, 1, 2), max(3, 1, 2), min([5, 2, 8]), max('abc'), min([], default='none'))
print(max([1, -5, 3], key=abs), min(['bb', 'a', 'ccc'], key=len), max((1, 'a'), (1, 'b')))
print(max([3, 3.0]), min(1, True))
