print(True + True == 2, sum(x > 2 for x in [1, 2, 3, 4]), [True, False] * 2, max(True, 2))
