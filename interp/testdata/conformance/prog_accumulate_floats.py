total = 0.0
for i in range(1, 11):
    total += 1 / i
print(total, round(total, 4))
xs = [0.1 * i for i in range(5)]
print(xs)
