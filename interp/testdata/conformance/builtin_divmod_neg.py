for a, b in [(7, 3), (-7, 3), (7, -3), (-7, -3), (7.5, 2), (0, 5)]:
    print(a, b, divmod(a, b), a // b, a % b)
