import re
print(re.escape("a.b*c?"), re.escape("1+1=2"), re.escape("hello world"), re.escape("path/to-x"))
print(re.search(re.escape("a.b"), "xa.by").span(), re.findall(r"[.]", "a.b.c"), re.findall(r"a{2}", "aaaaa"), re.findall(r"a{,2}", "aaa"))
print(re.findall(r"[]a]", "]ab"), re.findall(r"\x41\u0042", "AB"), re.findall(r"[\w-]+", "a-b c_d"))
try:
    re.compile("(")
except re.error as e:
    print("re.error")
try:
    re.compile(r"\q")
except re.error as e:
    print("re.error", e)
