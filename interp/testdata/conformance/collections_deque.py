from collections import deque
d = deque([1, 2, 3])
d.append(4); d.appendleft(0)
print(d, d.pop(), d.popleft(), d, len(d), d[0], list(d))
d.rotate(1)
print(d)
q = deque(maxlen=2)
for i in range(5):
    q.append(i)
print(q, q.maxlen)
