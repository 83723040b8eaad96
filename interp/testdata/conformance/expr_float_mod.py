print(-5.5 % 2)
print(repr(-5.5 % 2))
