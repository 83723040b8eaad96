print(any(c.isdigit() for c in "ab3"))
print(repr(any(c.isdigit() for c in "ab3")))
