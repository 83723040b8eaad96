a = b = c = []
a.append(1)
print(a, b, c, a is c)
x = y = 5
y += 1
print(x, y)
i = 0
l = [0, 0]
i, l[i] = 1, 9
print(i, l)
