import copy
orig = {"list": [1, 2, {"deep": [3]}], "tuple": (1, [2]), "set": {1, 2}, "fs": frozenset([1])}
dc = copy.deepcopy(orig)
dc["list"][2]["deep"].append(4)
dc["tuple"][1].append(5)
print(orig, dc["list"], dc["tuple"], dc["set"] == orig["set"], dc["set"] is orig["set"], dc["fs"] is orig["fs"])
t = (1, 2, "x")
print(copy.deepcopy(t) is t, copy.copy([t])[0] is t)
class WithCopy:
    def __init__(self, v):
        self.v = v
    def __copy__(self):
        return WithCopy(self.v + 100)
print(copy.copy(WithCopy(1)).v)
