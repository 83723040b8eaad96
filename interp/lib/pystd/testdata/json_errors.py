import json
for s in ["", "[1,", "{\"a\" 1}", "{'a': 1}", "[1] x", "[1 2]", "\"abc", "{\"a\":1,}", "nul", "\"\\q\""]:
    try:
        json.loads(s)
    except json.JSONDecodeError as e:
        print(type(e).__name__, isinstance(e, ValueError), e)
for obj in [{1, 2}, object, {(1, 2): 3}]:
    try:
        json.dumps(obj)
    except TypeError as e:
        print("TypeError", e)
l = []
l.append(l)
try:
    json.dumps(l)
except ValueError as e:
    print("ValueError", e)
try:
    json.dumps(float("inf"), allow_nan=False)
except ValueError as e:
    print("ValueError", e)
print(json.dumps({1, 2}, default=sorted), json.dumps({(1, 2): 3}, skipkeys=True))
