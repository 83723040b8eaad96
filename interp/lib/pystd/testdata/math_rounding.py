import math
for x in [2.5, -2.5, 3.0, -0.1, 1e20, 7]:
    print(math.floor(x), math.ceil(x), math.trunc(x), type(math.floor(x)).__name__)
print(math.floor(True), math.ceil(10**30))
for bad in [math.inf, -math.inf, math.nan]:
    try:
        math.floor(bad)
    except (ValueError, OverflowError) as e:
        print(type(e).__name__, e)
