from collections import Counter
c = Counter("mississippi")
print(c, c.most_common(), c.most_common(3))
print(Counter({"b": 2, "a": 2, "c": 1}), Counter([3, 1, 3, 2, 1, 3]).most_common(1))
print(sorted(Counter("hello world").elements()), Counter("aab").total(), Counter(a=0, b=-1))
c = Counter()
for word in "to be or not to be".split():
    c[word] += 1
print(c, c == {"to": 2, "be": 2, "or": 1, "not": 1}, dict(c) == {"to": 2, "be": 2, "or": 1, "not": 1})
