import math
for x in [0.0, 1.5, math.inf, -math.inf, math.nan, 3]:
    print(math.isfinite(x), math.isinf(x), math.isnan(x))
print(math.isclose(1.0, 1.0 + 1e-10), math.isclose(1.0, 1.1), math.isclose(0, 1e-12, abs_tol=1e-9))
print(math.isclose(math.inf, math.inf), math.isclose(math.nan, math.nan))
