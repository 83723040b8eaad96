import itertools as it
import operator
print(list(it.accumulate([1, 2, 3, 4])), list(it.accumulate([1, 2, 3], operator.mul)))
print(list(it.accumulate([3, 1, 4], max)), list(it.accumulate([1, 2], initial=100)), list(it.accumulate([])))
print(list(it.zip_longest("abc", [1])), list(it.zip_longest([1, 2], [3], fillvalue=0)))
