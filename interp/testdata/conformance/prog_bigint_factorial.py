f = 1
for i in range(1, 41):
    f *= i
print(f, len(str(f)), f % 1000000007, str(f)[-10:])
