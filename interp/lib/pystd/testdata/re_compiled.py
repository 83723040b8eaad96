import re
p = re.compile(r"(\d+)-(\d+)")
m = p.search("range 10-20 and 30-40")
print(m.groups(), p.findall("1-2 3-4"), p.sub(r"\2-\1", "1-2 3-4"), p.split("a1-2b"), p.match("1-2x").group())
print(p.pattern, p.groups, p.fullmatch("1-2") is not None, p.search("x 5-6", 2).group(), p.search("5-6", 1))
print(p.match("a", ) is None, p == re.compile(r"(\d+)-(\d+)"), m.expand(r"\2 to \1"))
print(re.match(p, "7-8").group(2))
