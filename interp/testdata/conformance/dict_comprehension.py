sq = {x: x * x for x in range(5)}
print(sq)
inv = {v: k for k, v in sq.items() if k % 2 == 0}
print(inv)
print({k: len(k) for k in ['aa', 'b']})
