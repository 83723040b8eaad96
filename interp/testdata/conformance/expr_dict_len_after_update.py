print(len({**{"a": 1}, "a": 2}))
print(repr(len({**{"a": 1}, "a": 2})))
