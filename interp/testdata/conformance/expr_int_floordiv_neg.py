print(-17 // 5)
print(repr(-17 // 5))
