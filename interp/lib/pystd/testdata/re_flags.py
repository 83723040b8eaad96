import re
print(re.findall("^a", "a\na\na", re.MULTILINE), re.findall("^a", "a\na"), re.findall("a.b", "a\nb", re.DOTALL), re.findall("a.b", "a\nb"))
print(re.search("HELLO", "say hello", re.I).group(), re.I | re.M, re.IGNORECASE == re.I)
p = re.compile(r"""
    (\d+)   # digits
    \s*     # space
    ([a-z]+) # word
""", re.VERBOSE)
print(p.findall("12 ab 3cd"), p.groups)
print(re.compile(r"a+", re.I), re.compile("x"), re.compile(r"(?P<n>a)(b)").groupindex)
print(re.findall(r"\d", "١٢3"), re.findall(r"\d", "١٢3", re.ASCII), re.findall(r"\w+", "naïve café"))
