print(pow(2, 10), pow(2, 10, 1000), pow(3, -1, 7), pow(2.0, 3), pow(-8, 1/3) if False else 0)
print(pow(7, 2, -5))
