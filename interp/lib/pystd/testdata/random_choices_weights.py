import random
random.seed(123)
print(random.choices(["red", "green", "blue"], [18, 18, 2], k=6))
print(random.choices(range(5), weights=[0.1, 0.2, 0.3, 0.2, 0.2], k=5), random.choices("ab", k=0))
print(random.sample(range(10), k=4), random.sample(["x"] * 3 + ["y"], 2), random.sample("ab", counts=[2, 1], k=3))
print(random.randrange(-10, 10), random.randrange(0, 100, 7), random.randrange(10, 0, -3), random.getrandbits(1))
