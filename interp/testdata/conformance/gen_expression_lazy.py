def noisy(n):
    for i in range(n):
        print('produce', i)
        yield i
g = (x * 10 for x in noisy(3))
print('created')
print(next(g))
print(list(g))
print(sum(x for x in range(4)), max(x * x for x in [-3, 2]), any(x > 2 for x in [1, 3]))
