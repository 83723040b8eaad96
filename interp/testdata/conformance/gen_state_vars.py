def running_avg():
    total = 0
    n = 0
    for x in [10, 20, 30]:
        total += x
        n += 1
        yield total / n
print(list(running_avg()))
