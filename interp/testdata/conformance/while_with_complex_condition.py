a, b = 0, 10
steps = []
while a < b and (b - a) > 2 or a == 0:
    a += 2
    b -= 1
    steps.append((a, b))
print(steps)
