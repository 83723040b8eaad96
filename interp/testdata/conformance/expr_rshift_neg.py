print(-1000 >> 3)
print(repr(-1000 >> 3))
