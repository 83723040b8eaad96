import string
print(string.ascii_letters, string.ascii_lowercase, string.ascii_uppercase)
print(string.digits, string.hexdigits, string.octdigits)
print(string.punctuation, repr(string.whitespace), len(string.printable))
print(string.capwords("hello   big world"), string.capwords("a-b c-d", "-"))
t = string.Template("$who likes ${what}, $$5")
print(t.substitute(who="tim", what="kung pao"), t.safe_substitute(who="x"), t.substitute({"who": 1, "what": 2}))
try:
    t.substitute(who="x")
except KeyError as e:
    print("KeyError", e)
