import operator
from operator import itemgetter, attrgetter, methodcaller
print(operator.add(1, 2), operator.mul("a", 3), operator.truediv(1, 4), operator.neg(5), operator.not_(0))
print(operator.lt(1, 2), operator.eq("a", "a"), operator.getitem([1, 2], 1), operator.contains("abc", "b"))
rows = [("b", 2), ("a", 3), ("c", 1)]
print(sorted(rows, key=itemgetter(1)), itemgetter(0, 1)(rows[0]), itemgetter(1))
class P:
    def __init__(self, n):
        self.n = n
print([p.n for p in sorted([P(3), P(1)], key=attrgetter("n"))], methodcaller("upper")("abc"))
print(methodcaller("split", ",")("a,b"), operator.index(7), operator.pow(2, 5), operator.mod(7, 3))
