# str methods, indexing, operators.
s = "  Hello, World  "
print(s.strip(), s.lstrip(), s.rstrip() + "|", s.strip(" Hd"))
print(s.split(), s.split(","), s.rsplit(None, 1), "a,b,,c".split(",", 2))
print("x".join(["a", "b", "c"]), ", ".join(str(i) for i in range(4)), "".join(map(str, [1, 2])))
print("hello".upper(), "HeLLo".lower(), "hello world".title(), "hello".capitalize(), "HeLLo".swapcase())
print("hello".find("l"), "hello".rfind("l"), "hello".count("l"), "hello".index("e"), "hello".find("z"))
print("hello".startswith("he"), "hello".endswith(("lo", "x")), "hello".replace("l", "L", 1))
print("ab".center(6, "*"), "ab".ljust(5) + "|", "ab".rjust(5), "42".zfill(5), "-42".zfill(6))
print("a\tb".expandtabs(4), "l1\nl2\r\nl3".splitlines(), "l1\nl2".splitlines(True))
print("key=value=x".partition("="), "key=value=x".rpartition("="), "abc".partition("z"))
print("prefix_name".removeprefix("prefix_"), "file.py".removesuffix(".py"))
print("123".isdigit(), "abc".isalpha(), "a1".isalnum(), "  ".isspace(), "Ab Cd".istitle(), "_x1".isidentifier())
print("hello"[1], "hello"[-1], "hello"[1:3], "hello"[::-1], "hello"[::2], "héllo"[1])
print("ell" in "hello", "z" not in "hello", "ab" * 3, 3 * "ab", "a" < "b", "abc" == "abc")
print(str.upper("abc"), list(map(str.strip, [" a ", "b "])))
print("{} {}".format("a", 1), "{0}{1}{0}".format("x", "y"), "{k}".format_map({"k": "v"}))
print(len("héllo"), sorted(["b", "a", "C"]), max("abc"), "ß".upper(), "ΣΑΣ".lower())
for bad in ['"{x}".format()', '"%(k)s" % {}', '"abc"[10]', '"abc".index("z")', '"a".join([1])', '"{}{0}".format(1, 2)', '"x" * 1.5', '1 in "a"']:
    try:
        eval(bad)
    except Exception as e:
        print(type(e).__name__ + ":", e)
