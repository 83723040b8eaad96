parts = []
for i in range(1000):
    parts.append(str(i))
s = ''.join(parts)
print(len(s), s[:20], s[-10:])
