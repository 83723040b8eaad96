import math
print(math.fsum([0.1] * 10), sum([0.1] * 10))
print(math.fsum([1e100, 1.0, -1e100, 1e-100, 1e50, -1.0, -1e50]))
print(math.fsum([]), math.fsum(range(10)), math.fsum([1, 2.5, 3]))
print(math.fsum([math.inf, 1]), math.fsum(x / 7 for x in range(100)))
try:
    math.fsum([math.inf, -math.inf])
except ValueError as e:
    print("ValueError:", e)
