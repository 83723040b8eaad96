s = ''
for i in range(20000):
    s += str(i % 10)
t = s
s += 'END'
print(len(s), s[:15], s[-8:], len(t), t[-3:])
def build(n):
    out = 'start:'
    for i in range(n):
        out += chr(97 + i % 26)
        if i == 300:
            snapshot = out
    return out, snapshot
a, b = build(5000)
print(len(a), a[-5:], len(b), b[-3:], a.startswith(b))
x = 'p' * 300
y = x
x += 'q'
y += 'r'
print(x[-2:], y[-2:], len(x), len(y))
