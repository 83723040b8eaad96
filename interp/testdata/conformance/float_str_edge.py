print(float('1e500'), float('-1e500'), float('1e-500'), 1e308 * 10 == float('inf'))
print(0.1 + 0.2 == 0.3, round(0.1 + 0.2, 10) == 0.3, 1.0 / 3.0 * 3.0)
