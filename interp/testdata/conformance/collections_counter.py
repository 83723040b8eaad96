from collections import Counter
c = Counter('abracadabra')
print(c, c['a'], c['zz'], c.most_common(2), len(c))
c.update('aaz')
print(c.most_common(1), Counter([1, 1, 2]) == Counter({1: 2, 2: 1}), sum(c.values()))
print(Counter(), Counter(x=2, y=1))
