xs = [2.5, 3.5, 1.0, 4.0, 6.5]
n = len(xs)
mean = sum(xs) / n
var = sum((x - mean) ** 2 for x in xs) / (n - 1)
print(mean, var, var ** 0.5, sorted(xs)[n // 2])
