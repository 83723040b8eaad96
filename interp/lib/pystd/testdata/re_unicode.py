import re
s = "Grüße aus Köln, 12 Straßen"
print(re.findall(r"\w+", s), [m.span() for m in re.finditer(r"\w+", s)])
print(re.sub(r"ö", "oe", s), re.search(r"K\w+", s).group(), re.split(r",\s*", s))
print(re.findall(r"[äöüß]", s), re.match(r".{5}", s).group(), len(re.findall(r".", s)))
print(re.findall(r"\s", "a\u00a0b\tc"), re.findall(r"\S+", "x\u2003y"))
