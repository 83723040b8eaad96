print(list('abc'), list((1, 2)), list({'a': 1}), list(range(3)), tuple([1, 2]), tuple('ab'))
print(list(x * 2 for x in range(3)), set('aab') == {'a', 'b'}, sorted(frozenset([3, 1])))
