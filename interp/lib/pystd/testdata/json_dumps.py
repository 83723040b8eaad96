import json
print(json.dumps({"a": 1, "b": [1, 2.5, None, True, False], "c": "x\"y\n"}))
print(json.dumps([1, 2], indent=2))
print(json.dumps({"z": 1, "a": {"y": [1, {}], "b": []}}, indent=4, sort_keys=True))
print(json.dumps({"a": 1, "b": 2}, separators=(",", ":")), json.dumps("héllo ☃ 😀"), json.dumps("héllo", ensure_ascii=False))
print(json.dumps(1e100), json.dumps(0.1), json.dumps(1.0), json.dumps(float("nan")), json.dumps(-float("inf")), json.dumps(10**30))
print(json.dumps({1: "a", 2.5: "b", True: "c", None: "d"}), json.dumps((1, 2)), json.dumps([]), json.dumps({}))
print(json.dumps({"a": [1, 2]}, indent="\t"))
print(json.dumps([1, [2, [3]]], indent=0))
