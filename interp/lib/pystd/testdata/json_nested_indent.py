import json
obj = {"layers": [{"name": "exc", "size": 3200, "params": {"tau": 0.01, "v_th": -0.05}}, {"name": "inh", "size": 800, "params": {}}], "empty": [], "t": [0.0, 0.1]}
print(json.dumps(obj, indent=2))
print(json.dumps(obj, indent=None, separators=(",", ":"), sort_keys=True))
print(json.loads(json.dumps(obj)) == obj, json.dumps(json.loads("  {\"a\" :\n [1 , 2 ]}  ")))
