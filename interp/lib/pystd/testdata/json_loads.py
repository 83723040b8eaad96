import json
v = json.loads('{"a": [1, 2.5, -3e2, null, true, false], "b": {"c": "d\\u00e9\\n"}, "e": 12345678901234567890}')
print(v, type(v["a"][1]).__name__, type(v["a"][2]).__name__)
print(json.loads("[]"), json.loads(" 3 "), json.loads('"\\ud83d\\ude00"'), json.loads("NaN"), json.loads("-Infinity"))
print(json.loads('{"a": 1}', object_hook=lambda d: sorted(d.items())), json.loads('[1.5]', parse_float=str))
print(json.loads(json.dumps({"round": [1.1, "trip", {"x": None}]})))
