import copy
from collections import defaultdict, Counter, OrderedDict, deque, namedtuple
d = defaultdict(list, {"a": [1]})
e = copy.deepcopy(d)
e["a"].append(2); e["b"].append(3)
print(d, e)
c = Counter("aab")
print(copy.copy(c), copy.deepcopy(OrderedDict(a=[1])), copy.deepcopy(deque([[1]], maxlen=5)))
P = namedtuple("P", "x y")
print(copy.deepcopy(P([1], 2)))
