import itertools as it
print(list(it.product("ab", [1, 2])), list(it.product([0, 1], repeat=2)), list(it.product()))
print(list(it.permutations([1, 2, 3])), list(it.permutations("abc", 2)), list(it.permutations([], 0)))
print(list(it.combinations(range(4), 2)), list(it.combinations("ab", 3)), list(it.combinations("ab", 0)))
print(list(it.combinations_with_replacement("abc", 2)))
print(len(list(it.permutations(range(5)))), len(list(it.combinations(range(10), 4))))
