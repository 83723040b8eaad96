import re
print(re.sub(r"\d", "#", "a1b22"), re.sub(r"(\w+)@(\w+)", r"\2 at \1", "joe@home"), re.sub("x*", "-", "abxd"))
print(re.sub(r"(?P<w>\w+)", r"<\g<w>>", "a bc"), re.sub(r"(\d)", r"\g<1>0", "1 2"), re.sub("a", "b", "aaa", count=2))
print(re.sub(r"\d+", lambda m: str(int(m.group()) * 2), "3 apples and 10 pears"), re.subn("o", "0", "foo boo"))
print(re.sub(r"\s+", " ", "a \t\n b"), re.sub("", "-", "abc"), re.sub(r"(a)|b", r"[\1]", "ab"))
print(re.sub(r"\.", r"\n", "a.b"), repr(re.sub("a", "\\t", "xax")))
