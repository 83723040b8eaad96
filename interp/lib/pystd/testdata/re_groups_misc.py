import re
m = re.match(r"(?P<key>\w+)=(?P<val>[^;]*)", "alpha=1;beta=2")
print(m["key"], m.group("val"), m.start("val"), m.groupdict(), m.span(0))
pairs = dict(re.findall(r"(\w+)=(\w+)", "a=1, b=2, c=3"))
print(pairs, re.sub(r"(?P<k>\w+)=(?P<v>\w+)", r"\g<v>=\g<k>", "a=1 b=2"))
print(re.findall(r"(a)|(b)", "ab"), re.split(r"(a)|(b)", "xaybz"), re.search(r"(a)(x)?", "a").groups())
print([m.group(1) for m in re.finditer(r"<(\w+)>", "<a><bb><ccc>")], re.match(r"\s*$", "   ") is not None)
print(re.findall(r"\d+\.\d*|\.\d+", "1.5 .25 3."), re.sub(r"(?i)b+", "X", "aBbBc"), re.findall(r"[^\W\d]+", "ab12cd"))
