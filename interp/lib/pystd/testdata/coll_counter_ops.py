from collections import Counter
c = Counter(["x", "y", "x", "z", "x", "y"])
c["w"] += 2
del c["z"]
print(c, c.most_common(1), +Counter(a=2, b=-1), -Counter(a=2, b=-1))
print(sorted(c.items()), list(c.values()), sum(c.values()), c.get("q", 7))
words = "the quick the lazy the end quick".split()
print(Counter(words).most_common(2), Counter(words)["the"], isinstance(c, dict))
c2 = Counter(a=1)
c2.update(a=2, b=1)
print(c2, c2 == Counter(b=1, a=3), Counter("abc") - Counter("a"))
