import numpy as np

x = np.linspace(-2, 2, 9)
o = np.empty(9)
r = np.exp(x, out=o)
print(r is o, o)
r = np.add(x, 1.5, out=o)
print(r is o, o)
np.multiply(o, o, out=o)
print(o)
np.exp(x, out=x)
print(x)
np.subtract(x, np.arange(9.), out=(x,))
print(x)
i = np.zeros(3, dtype=int)
try:
    np.add(np.ones(3), 1, out=i)
except Exception as e:
    print(type(e).__name__, e)
np.add(np.arange(3), 1, out=i)
print(i)
m = np.zeros((2, 3))
np.add(np.arange(3.), 1, out=m)
print(m)
try:
    np.add(np.arange(3.), 1, out=np.zeros(2))
except Exception as e:
    print(type(e).__name__, e)
s = np.arange(6.)
np.sqrt(s[::2], out=s[1::2])
print(s)
try:
    np.exp(x, out=[1, 2])
except Exception as e:
    print(type(e).__name__, e)
