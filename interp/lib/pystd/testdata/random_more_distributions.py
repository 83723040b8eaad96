import random
random.seed(31337)
print([random.gauss(0, 1) for _ in range(3)], [random.normalvariate(1, 2) for _ in range(2)])
print([random.expovariate(0.5) for _ in range(2)], random.lognormvariate(0, 0.5))
print([random.gammavariate(a, 2.0) for a in (0.5, 1.0, 3.0)], random.betavariate(2, 5))
print(random.paretovariate(3), random.weibullvariate(1, 1.5), random.vonmisesvariate(1, 4), random.vonmisesvariate(0, 0))
