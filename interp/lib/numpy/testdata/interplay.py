import numpy as np
from brian2.units import *

x = np.arange(5.)
q = x*ms
print(isinstance(x, np.ndarray), isinstance(q, np.ndarray), isinstance(q, Quantity), isinstance(ms, Unit))
print(type(x).__name__, type(q).__name__, type(ms).__name__)
print(x.dtype == np.float64, x.dtype == float, str(x.dtype), repr(x.dtype), np.arange(3).dtype == np.int64)
print(np.float64(3)*mV, np.int64(4), int(np.int64(4)) + 1)
print(int(3.7*ms/ms), float(np.float64(2.5)), int(np.arange(5)[3]))
if (x > 3).any():
    print('any')
print(x[x > 1].size, x[x > 1].sum())
print(sorted(np.array([3, 1, 2])))
print([float(v) for v in q])
print(sum(q), sum(x))
print(max(x), min(x))
print(np.array([1*mV, 2*mV]))
print(*np.arange(3))
a, b = np.arange(2)
print(a, b, a + b)
rows, cols = np.zeros((3, 4)).shape
print(rows, cols)
print(np.arange(3)[np.int64(1)], np.arange(5)[np.arange(5)[1]:])
print(np.zeros(3) + np.float64(1.5))
print(divmod(7, 3), round(2.567, 2), abs(np.float64(-2)))
print(x.mean() * 2)
print(np.mean(x) / 2)
d = {}
d[ms] = 1
print(len(d))
print(1 in np.arange(3), 5 in np.arange(3))
y = x.copy()
y[1:3] *= 10
print(y, x)
z = np.zeros((2, 3))
z[0] = [1, 2, 3]
z[1, :] = 4
z[:, 2] = np.array([7, 8])
print(z)
w = np.arange(10)
w[w % 2 == 0] = 0
print(w)
print(np.arange(10)[::-1][:3], np.arange(10)[-3:], np.arange(10)[8:2:-2])
print(np.arange(24).reshape(2, 3, 4)[1, ..., 2], np.arange(24).reshape(2, 3, 4)[:, 1:, ::3].shape)
