def count(n):
    i = 0
    while i < n:
        yield i
        i += 1
g = count(3)
print(next(g), next(g), next(g), next(g, 'done'))
print(list(count(5)), sum(count(10)))
def fibs():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
out = []
for f in fibs():
    if f > 50:
        break
    out.append(f)
print(out)
