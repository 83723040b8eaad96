import numpy as np
from brian2.units import ms, mV, second

x = np.arange(6.)
v = x[1:4]
v += 1
print(x, v)
x += x
print(x)
x *= 2.5
x -= np.ones(6)
x /= 4
print(x)
y = np.arange(8.)
y[1:] += y[:-1]
print(y)
z = np.arange(8.)
z[:-1] += z[1:]
print(z)
m = np.arange(12.).reshape(3, 4)
m += np.arange(4.)
m[:, 1] *= 10
print(m)
t = m.T
t += 1
print(m)
w = np.linspace(0, 1, 5)
alias = w
w *= 3
print(alias is w, alias)
q = np.arange(4.) * mV
q += 2 * mV
q *= 2
print(q)
try:
    q += 1 * second
except Exception as e:
    print(type(e).__name__, e)
print(q)
i = np.arange(5)
i += 2
print(i, i.dtype)
try:
    i += 0.5
except Exception as e:
    print(type(e).__name__)
print(i)
e = np.exp(np.linspace(-750, 710, 13))
print(repr(e))
print(repr(np.exp(np.array([-1.0, 0.5, 1e-3, -0.27150932643082015, 19.252857475612146]))))
print(np.exp(-1.0), np.exp(2), np.exp(np.float64(0.1)))
big = np.linspace(-3, 3, 100001)
print(repr(np.exp(big)[::9973]))
print(repr(np.exp(big[::7])[:5]))
