import re
pat = re.compile(r"""
    (?P<int>[+-]?\d+)      # integer part
    (?:\.(?P<frac>\d+))?   # optional fraction
    [ ]*                   # spaces (class keeps the blank)
    (?P<unit>[a-z#]+)      # unit, '#' inside a class is literal
""", re.X)
for s in ["12.5 mV", "-3ms", "7 #x"]:
    m = pat.match(s)
    print(m.groupdict())
print(re.findall(r"[\d.]+", "v=1.25, w=3"), re.findall(r"[^aeiou\s]+", "hello world"), re.sub(r"[\[\]]", "", "[a][b]"))
print(re.findall(r"(?m)^\w+$", "one\ntwo three\nfour"), re.findall(r"(?s)<.*?>", "<a\nb><c>"), re.split(r"\s*;\s*", "a ; b;c"))
