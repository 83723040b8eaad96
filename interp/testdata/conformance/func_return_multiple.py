def stats(xs):
    return min(xs), max(xs), sum(xs) / len(xs)
lo, hi, mean = stats([1, 2, 3, 4])
print(lo, hi, mean, stats([5]))
def nothing():
    return
print(nothing())
