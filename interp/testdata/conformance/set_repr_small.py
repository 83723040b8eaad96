print({1}, {'a'}, set(), frozenset({5}), {(1, 2)})
s = {10}
s.update([20], (30,))
print(sorted(s), sorted(s.union([1])), sorted(s.intersection([10, 20])), sorted(s.difference({10})))
