import math
print(math.factorial(50), math.comb(100, 50), math.perm(20, 10))
print(math.gcd(2**100, 6**50), math.lcm(2**40, 3**30), math.isqrt(10**50 + 12345))
print(math.log(2**1000), math.log2(2**2000), math.log10(10**400), math.floor(1e300) == 10**300)
print(math.sqrt(10**20), math.ceil(-0.5), math.trunc(-3.9), math.prod(range(1, 21)))
