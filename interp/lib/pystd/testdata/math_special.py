import math
print(math.gamma(5), math.gamma(0.5), math.lgamma(1), math.erf(0), math.erfc(0))
print(math.erf(1.0), math.expm1(1e-10), math.cbrt(8), math.exp2(10))
print(math.ulp(1.0), math.nextafter(1.0, 2.0), math.pow(2, 10), math.pow(2, 0.5), math.atan2(1, 1))
print(math.acosh(1), math.asinh(0), math.asin(1), math.acos(0))
