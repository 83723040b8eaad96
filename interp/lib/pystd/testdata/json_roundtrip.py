import json
data = {"name": "neuron", "rates": [1.5, 2.25, 1e-5, 123456789.0], "n": 100, "ok": True, "nested": {"a": [[], {}], "b": None}}
s = json.dumps(data, sort_keys=True, indent=2)
print(s)
print(json.loads(s) == data, json.dumps(json.loads(s)) == json.dumps(data, sort_keys=True))
print(json.dumps([0.1 + 0.2, 1 / 3, 2.0 ** 60, -0.0, 5e-324]), json.dumps("tab\tquote\"back\\slash\x01"))
print(json.dumps({"k": "v"}, indent=2, separators=(",", " = ")))
