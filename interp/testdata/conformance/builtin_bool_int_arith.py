print(sum([True, True, False]), True * 10, [1, 2][True], True / 2, -True, True << 3)
