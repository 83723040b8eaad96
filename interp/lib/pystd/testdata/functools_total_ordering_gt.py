from functools import total_ordering
@total_ordering
class Version:
    def __init__(self, *parts):
        self.parts = parts
    def __eq__(self, other):
        return self.parts == other.parts
    def __gt__(self, other):
        return self.parts > other.parts
    def __repr__(self):
        return "V" + ".".join(map(str, self.parts))
vs = [Version(1, 2), Version(1, 10), Version(0, 9)]
print(sorted(vs), max(vs), Version(1, 2) <= Version(1, 2), Version(1, 2) < Version(1, 3), Version(2) >= Version(1))
print(Version.__lt__.__name__, Version.__le__.__name__)
try:
    total_ordering(type("X", (), {}))
except ValueError as e:
    print("ValueError", e)
