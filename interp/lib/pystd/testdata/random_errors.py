import random
cases = [lambda: random.choice([]), lambda: random.randrange(0), lambda: random.randrange(5, 2),
         lambda: random.sample([1, 2], 3), lambda: random.randrange(1, 10, 0),
         lambda: random.choices([1, 2], weights=[0, 0]), lambda: random.getrandbits(-1)]
for c in cases:
    try:
        print(c())
    except Exception as e:
        print(type(e).__name__ + ":", e)
