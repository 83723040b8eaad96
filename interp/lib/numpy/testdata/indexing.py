import numpy as np

def show(x):
    print(repr(x))

a = np.arange(24).reshape(2, 3, 4)
show(a[..., 1:3])
show(a[1, ..., ::-2])
show(a[:, None, 1, :].shape)
show(a[[0, 1], :, [0, 3]])
show(a[:, [0, 2], 1])
show(a[0, [0, 2]][:, [1, 3]])
show(a[a % 5 == 0])
show(a[np.array([True, False])])
show(a[1][a[1] > 15])
show(a[-1, -1, -1])
show(a[0][1][2])
b = np.zeros((3, 4))
b[1] = 5
b[:, 0] = [1, 2, 3]
b[2, 1:3] = np.array([7, 8])
b[b == 0] = -1
b[[0, 2], [3, 3]] = 9
b[::-1, -1] = np.arange(3)
show(b)
c = np.arange(10.)
c[c > 5] *= 2
c[[1, 1, 2]] += 10
c[-3:] = c[:3]
show(c)
d = np.arange(12).reshape(3, 4)
d[d > 5] = 0
d[1:, ::2] = -d[1:, ::2]
show(d)
e = np.arange(6.)
e[1:4][1] = 100
show(e)
f = np.arange(5)
f[np.array([0, 4])] = np.array([7, 8])
show(f)
g = np.arange(6).reshape(2, 3).T
g[0] = 99
show(g)
h = np.zeros(5)
h[2:] = 1.5
h[:2] = [3, 4]
show(h)
show(np.arange(10)[np.arange(10) % 3 == 0][::-1])
idx = np.array([[0, 1], [2, 3]])
show(np.arange(10)[idx])
show(np.arange(20).reshape(4, 5)[idx])
show(np.arange(5)[-2:10])
show(np.arange(5)[10:])
show(np.arange(5)[::-1][::2])
