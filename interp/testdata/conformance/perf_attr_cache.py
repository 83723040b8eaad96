# Inline attribute caches must notice class changes made after warm-up.
class A:
    def f(self):
        return 'A.f'

class B(A):
    pass

b = B()
out = []
for i in range(3):
    out.append(b.f())
    if i == 0:
        B.f = lambda self: 'B.f'
    if i == 1:
        A.f = lambda self: 'A.f2'
print(out)
del B.f
print(b.f())

class P:
    def __init__(self):
        self.x = 1

p = P()
for i in range(3):
    p.x += 1
    p.y = i
print(p.x, p.y)

def getx(self):
    return 100

def setx(self, v):
    self.__dict__['seen'] = v

P.x = property(getx, setx)
p.x += 5
print(p.x, p.__dict__)

class H:
    pass

h = H()
vals = []
for i in range(3):
    h.v = i
    vals.append(h.v)
    if i == 0:
        H.__setattr__ = lambda self, k, v: self.__dict__.__setitem__(k, v * 10)
print(vals)

class Base:
    def g(self):
        return 'base'

class Sub(Base):
    pass

s = Sub()
print([s.g() for _ in range(2)])
Base.g = lambda self: 'base2'
print(s.g())
s.g = lambda: 'inst'
print(s.g())

class Slotless:
    def m(self):
        return 1
objs = [Slotless(), Slotless()]
objs[1].m = lambda: 2
print([o.m() for o in objs])

class Q:
    def m(self):
        return 'Q'
class R:
    def m(self):
        return 'R'
print([o.m() for o in [Q(), R(), Q(), R()]])

lst = []
for i in range(3):
    lst.append(i)
lst.append
try:
    lst.append()
except TypeError as e:
    print(e)
x = f'{3:05d}|{2.5:.2f}|{"s"!r:>5}|{1+1=}|{4:{"0"}{3}}|{"a"}{"b"}'
print(x, '%d %x %X %#o %05d %+d %.3d' % (-7, 255, 255, 8, 42, 5, 7))

class Tricky:
    def __init__(self):
        self.n = 1
    def bump(self):
        self.n = 100
        for k in range(20):
            setattr(self, 'a%d' % k, k)
        return 5
t = Tricky()
t.n += t.bump()
print(t.n)
a = [1, 2.5]
a[0] += 2
a[1] *= 2
g = 10
g -= 3
g *= 2.5
g //= 2
g %= 4
print(a, g)
def loc(x):
    x += 1
    x -= 0.5
    x *= 3
    y = 7
    y %= 3
    y //= 2
    return x, y, x % 2, x - 1, -5 % 3, 7 % -3
print(loc(1), loc(2 ** 62), loc(-(2 ** 63)))
def cmp(n):
    return [n < 2, n > 2, n <= 2, n >= 2, n == 2, n != 2, n - 1, n + 1, n % 3]
print(cmp(2), cmp(2.0), cmp(-7), cmp(2 ** 64), cmp(True))
try:
    cmp('x')
except TypeError as e:
    print(e)
print(sum([1, 2, 3]), sum([2 ** 62, 2 ** 62, 1]), sum([1, 2.5]), sum(range(5), 10), sum([True, 2]), sum([], 0.5))
print([x * 2 for x in range(5)], {x: x for x in (3, 1, 2)}, [x for x in []])
for v in (7, -7, 2.5, -0.0, 10 ** 20, True, 'ab', None, 1e300):
    for spec in ('', '>6', '<6', '^7', '+', ',', '_', '08.3f', 'x', '#o', 'e', '.3g', '%', 'c', 's', '=+9', 'd', '.2'):
        try:
            print(repr(spec), f'{v:{spec}}', format(v, spec), end=' | ')
        except (ValueError, TypeError, OverflowError) as e:
            print(type(e).__name__, e, end=' | ')
    print()
for v in (7, 2.5, 'q'):
    try:
        print(f'{v:05d}|{v:.2f}|{v!r:>4}|{v=}|{v=:>5}')
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
for v in (7, -7, 2.5, -0.0, 10 ** 20, True, 'ab', 1e300, 65):
    for f in (lambda: f'{v:>6}', lambda: f'{v:,}', lambda: f'{v:08.3f}', lambda: f'{v:x}',
              lambda: f'{v:.2}', lambda: f'{v:c}', lambda: f'{v:%}', lambda: f'{v:=+9}', lambda: f'{v:_}',
              lambda: f'{v:#o}', lambda: f'{v:.3g}', lambda: f'{v:e}', lambda: f'{v:s}', lambda: f'{v:d}'):
        try:
            print(f(), end=' | ')
        except (ValueError, TypeError, OverflowError) as e:
            print(type(e).__name__, e, end=' | ')
    print()

def use_len(s):
    return len(s) + gv
gv = 1
print([use_len('ab') for _ in range(2)])
len = lambda s: 100
print(use_len('ab'))
del len
gv = 2.5
print(use_len('ab'), gv * 2, gv + 1, 3 - gv)
del gv
try:
    use_len('ab')
except NameError as e:
    print(e)
def nl():
    z = 1
    def inner():
        nonlocal z
        z += 1
        return z % 2, z + 1
    return [inner() for _ in range(3)]
print(nl())
big = [x * x for x in range(0, 300000, 997) if x % 2]
print(len(big), sum(big), big[:3], big[-1])
r = [x for x in range(100000) if x == 7]
print(r)
def filt(seq):
    return [x for x in seq if x % 3], [x for x in seq if x % 2.5]
print(filt([-4, -3, 0, 1, 3, 6, 7, 2.5, 5.0, True]))
try:
    filt(['a'])
except TypeError as e:
    print(e)
class RM:
    def __rmod__(self, other):
        return 'rmod(%s)' % other
    def __str__(self):
        return 'RM'
calls = []
def mk():
    calls.append(1)
    return RM()
print('fmt %s' % mk(), len(calls), '%s' % [1], '%(a)s' % {'a': 2}, '%.1f' % 2.25, '%s' % 'x', '%d%%' % 5)
try:
    print('%d' % 'x')
except TypeError as e:
    print(e)
