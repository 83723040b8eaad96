from collections import deque
d = deque([1, 2, 3])
d.append(4); d.appendleft(0)
print(d, d.pop(), d.popleft(), d, len(d), d[0], d[-1])
d.rotate(1); print(d)
d.rotate(-2); print(d)
d.extend([7, 8]); d.extendleft([-1, -2]); print(d)
b = deque(range(10), maxlen=3)
print(b, b.maxlen)
b.append(99); print(b)
b.appendleft(-1); print(b)
print(deque(), 3 in d, d.count(7), d.index(7), list(reversed(deque([1, 2]))))
try:
    deque().pop()
except IndexError as e:
    print("IndexError", e)
print(deque([1, 2]) == deque([1, 2]), deque("ab") + deque("c"))
