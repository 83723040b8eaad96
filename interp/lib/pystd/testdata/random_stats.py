import random
random.seed(11)
xs = [random.random() for _ in range(20000)]
print(round(sum(xs) / len(xs), 2), min(xs) >= 0, max(xs) < 1)
gs = [random.gauss(10, 2) for _ in range(20000)]
m = sum(gs) / len(gs)
sd = (sum((g - m) ** 2 for g in gs) / len(gs)) ** 0.5
print(round(m, 1), round(sd, 1))
counts = [0] * 6
for _ in range(6000):
    counts[random.randint(1, 6) - 1] += 1
print(all(900 < c < 1100 for c in counts), sorted(set(random.randrange(0, 10, 2) for _ in range(200))))
