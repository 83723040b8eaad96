from collections import deque
d = deque("abcde")
d.remove("c")
d.insert(1, "z")
d[0] = "A"
del d[-1]
print(d, d.index("z"), len(d))
d.reverse(); print(d)
d.extendleft("12"); print(d)
d.clear(); print(d, bool(d))
w = deque(maxlen=2)
for i in range(5):
    w.append(i)
print(w, list(w), w.maxlen, deque([1, 2, 3]) * 2)
try:
    deque([1], maxlen=1).insert(0, 2)
except IndexError as e:
    print("IndexError", e)
