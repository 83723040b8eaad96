import math
print(math.pi, math.e, math.tau, math.inf, -math.inf, math.nan)
for x in [0.0, 0.5, 1.0, 2.0, 10.0, 1e-10]:
    print(math.sqrt(x), math.exp(x), math.log1p(x), math.atan(x), math.fabs(-x))
print(math.log(8, 2), math.log(100, 10), math.log2(1024), math.log10(1000), math.log(math.e))
print(math.sin(0), math.cos(0), math.tan(0), math.sinh(0), math.cosh(0), math.tanh(0))
print(math.degrees(math.pi), math.radians(180))
print(math.hypot(3, 4), math.hypot(1, 2, 2), math.dist((0, 0), (3, 4)))
print(math.copysign(3, -0.0), math.fmod(7, 3), math.fmod(-7, 3), math.remainder(7, 3))
print(math.frexp(8.0), math.ldexp(0.5, 4), math.modf(3.25), math.modf(-2.5))
