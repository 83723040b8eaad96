def qs(xs):
    if len(xs) <= 1:
        return xs
    p, *rest = xs
    return qs([x for x in rest if x < p]) + [p] + qs([x for x in rest if x >= p])
print(qs([5, 3, 8, 1, 9, 2, 7, 5]))
