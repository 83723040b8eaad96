import numpy as np
np.random.seed(3)
print(np.random.gamma(2.0, 1.0, 5).shape, np.random.beta(2, 3) < 1, np.random.lognormal(size=3).min() > 0)
print(np.random.geometric(0.5, 4).min() >= 1, np.random.standard_normal(2).shape, np.random.random_integers(3, size=5).max() <= 3)
g = np.random.default_rng(42)
print(g.integers(0, 10, size=3).shape, g.random(2).shape, g.normal(0, 1, 2).shape)
print(np.random.triangular(0, 1, 2, 3).shape, np.random.weibull(2.0, 2).shape, np.random.chisquare(3, 2).shape)
x = [1, 2, 3, 4]
np.random.shuffle(x)
print(sorted(x))
y = np.arange(5.)
np.random.shuffle(y)
print(np.sort(y))
