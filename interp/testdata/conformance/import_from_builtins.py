from builtins import len as L, max
print(L([1, 2]), max(1, 2))
import builtins
print(builtins.abs(-3))
