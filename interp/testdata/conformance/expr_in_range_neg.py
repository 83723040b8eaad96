print(-3 in range(-5, 0))
print(repr(-3 in range(-5, 0)))
