print(True and False, True or False, not True, 0 or 'x', '' and 'y', None or 0 or [] or 'last')
print(1 and 2 and 3, 0 and 1/0, 1 or 1/0)
print(bool(0), bool(1), bool(''), bool('a'), bool([]), bool([0]), bool({}), bool(None), bool(0.0), bool(range(0)))
print(True == 1, False == 0, True is True, isinstance(True, int), True + 0)
