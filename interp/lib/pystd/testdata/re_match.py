import re
m = re.match(r"(\w+) (\w+)", "Isaac Newton, physicist")
print(m.group(0), m.group(1), m.group(2), m.group(1, 2), m.groups(), m.span(), m.start(2), m.end(2), m[1])
print(re.match("b", "abc"), re.search("b", "abc").span(), re.fullmatch(r"\d+", "123"), re.fullmatch(r"\d+", "123a"))
m = re.search(r"(?P<first>\w+) (?P<last>\w+)", "Malcolm Reynolds")
print(m.groupdict(), m.group("last"), m.lastindex, m.lastgroup, m.re.pattern, m.string, m.pos, m.endpos)
m = re.match(r"(a)(b)?", "ac")
print(m.groups(), m.groups("-"), m.group(2), m.span(2), bool(m))
print(re.search(r"é(\w)", "café au lait ésprit").span(), re.search("x", "y") is None)
