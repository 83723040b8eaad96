import math
print(math.pi, math.e, math.tau, math.inf, math.sqrt(16), math.sqrt(2), math.exp(1), math.log(math.e))
print(math.log(8, 2), math.log10(1000), math.log2(1024), math.floor(-2.5), math.ceil(2.1), math.trunc(-2.7))
print(math.sin(0), math.cos(0), math.atan2(1, 1), math.hypot(3, 4), math.fabs(-3), math.copysign(2, -0.0))
print(math.factorial(20), math.gcd(12, 18), math.lcm(4, 6), math.comb(10, 3), math.prod([1, 2, 3, 4]))
print(math.isnan(float('nan')), math.isinf(math.inf), math.isfinite(1.0), math.isclose(0.1 + 0.2, 0.3))
print(math.fsum([0.1] * 10), sum([0.1] * 10), math.degrees(math.pi), math.radians(180), math.modf(3.5), math.frexp(8.0))
print(type(math.floor(2.5)).__name__, math.floor(7), math.log(2 ** 1000))
