import math
cases = [
    lambda: math.sqrt(-1), lambda: math.log(0), lambda: math.log(-1), lambda: math.exp(1000),
    lambda: math.acos(2), lambda: math.factorial(-1), lambda: math.factorial(2.5),
    lambda: math.sqrt("x"), lambda: math.pow(0, -1), lambda: math.atanh(1),
    lambda: math.gamma(0), lambda: math.fmod(1, 0), lambda: math.isqrt(-1),
    lambda: math.comb(-1, 2), lambda: math.perm(3, -1), lambda: math.sin(math.inf),
    lambda: math.cosh(1000), lambda: math.log(10, 1), lambda: math.sqrt(),
    lambda: math.isclose(1, 2, rel_tol=-1), lambda: math.gcd(1.5, 2),
]
for c in cases:
    try:
        print(c())
    except Exception as e:
        print(type(e).__name__ + ":", e)
