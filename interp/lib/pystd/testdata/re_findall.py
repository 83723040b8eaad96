import re
print(re.findall(r"\d+", "a1b22c333"), re.findall(r"(\w)=(\d)", "a=1, b=2"), re.findall(r"(\w)\d", "a1b2"))
print(re.findall(r"x*", "abxd"), re.findall("", "ab"), re.findall(r"\bfoo\b", "foo foobar foo"))
print([m.span() for m in re.finditer(r"\w+", "hi there you")], [m.group() for m in re.finditer("a|b", "cab")])
print(re.findall(r"[A-Z][a-z]*", "Hello World Foo"), re.findall(r"(?i)hello", "Hello HELLO hello"))
