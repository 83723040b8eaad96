from collections import deque, OrderedDict, defaultdict
d = deque([1])
d.append(d)
print(d)
od = OrderedDict(a=1)
od["self"] = od
print(od)
dd = defaultdict(None)
dd["me"] = dd
print(dd)
