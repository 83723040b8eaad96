import json
from collections import OrderedDict, Counter, namedtuple, defaultdict
print(json.dumps(OrderedDict([("b", 1), ("a", 2)])), json.dumps(Counter("aab")), json.dumps(defaultdict(int, x=1)))
P = namedtuple("P", "x y")
print(json.dumps(P(1, 2)), json.dumps({"p": P(3, [4])}))
print(json.loads('{"b": 1, "a": 2}', object_pairs_hook=OrderedDict))
