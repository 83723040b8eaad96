# View limits and ticks after common pyplot calls: printed identically by
# gobrian and by matplotlib 3.6 (Agg).
import matplotlib
matplotlib.use("Agg")
import matplotlib.pyplot as plt


def show(ax):
    x0, x1 = ax.get_xlim()
    y0, y1 = ax.get_ylim()
    print([round(float(v), 9) for v in (x0, x1, y0, y1)])
    lo, hi = min(x0, x1), max(x0, x1)
    print([round(float(v), 9) for v in ax.get_xticks() if lo - 1e-9 <= v <= hi + 1e-9])
    lo, hi = min(y0, y1), max(y0, y1)
    print([round(float(v), 9) for v in ax.get_yticks() if lo - 1e-9 <= v <= hi + 1e-9])


fig, ax = plt.subplots()
ax.plot([1, 2, 3], [4, 5, 7])
show(ax)

fig, ax = plt.subplots()
ax.bar([1, 2, 3], [3, 1, 2])
show(ax)

fig, ax = plt.subplots()
ax.hist([0.5, 1.5, 1.7, 2.5, 2.6, 2.9], bins=3)
show(ax)

fig, ax = plt.subplots()
ax.scatter([0, 10, 20], [5, -5, 0], s=[10, 100, 1000])
show(ax)

fig, ax = plt.subplots()
ax.plot([0, 1], [0, 1])
ax.axhline(3)
ax.axvline(-2)
show(ax)

fig, ax = plt.subplots()
ax.errorbar([1, 2, 3], [2, 4, 3], yerr=[0.5, 1, 0.25])
show(ax)

fig, ax = plt.subplots()
ax.fill_between([0, 1, 2], [1, 2, 1.5], 0.5)
show(ax)

fig, ax = plt.subplots()
ax.imshow([[1, 2, 3], [4, 5, 6]])
show(ax)

fig, ax = plt.subplots()
ax.semilogy([1, 2, 3, 4], [1, 10, 1000, 5])
show(ax)

fig, ax = plt.subplots()
ax.plot([0, 10], [0, 1])
ax.set_xlim(left=2)
show(ax)

fig, ax = plt.subplots()
ax.plot([0, 10], [0, 1])
ax.margins(0)
show(ax)

fig, axs = plt.subplots(1, 2, sharey=True, figsize=(10, 4))
axs[0].plot([0, 1], [0, 1])
axs[1].plot([0, 1], [5, 6])
show(axs[0])
show(axs[1])

fig = plt.figure(figsize=(4, 8))
ax = plt.subplot(211)
ax.plot([0, 30], [-0.0105, 0.01])
show(ax)

fig, ax = plt.subplots()
ax.plot([0, 50], [-80, 40])
ax2 = ax.twinx()
ax2.plot([0, 100], [1, 2])
show(ax)
show(ax2)

fig, ax = plt.subplots()
ax.step([1, 2, 3], [1, 3, 2])
ax.axvspan(4, 5)
show(ax)

fig, ax = plt.subplots()
ax.barh([1, 2], [5, 3])
show(ax)

fig, ax = plt.subplots()
ax.plot([0, 1], [0, 1])
plt.xticks([0, 0.5, 1], ["a", "b", "c"])
locs, labels = plt.xticks()
print([float(v) for v in locs], [t.get_text() for t in labels])
print(ax.get_xlabel() == "", len(ax.lines), len(fig.axes))

fig, axs = plt.subplots(2, 3)
axs[1, 2].plot([0, 5], [0, 1])
col = axs[:, 2]
print(len(col), col[1] is axs[1, 2], len(axs[0, 1:]), len(axs[-1]), axs[-1, -1] is axs[1][2])
fig, axs = plt.subplots(1, 3)
print(len(axs[1:]), axs[-1] is axs[2])

fig, ax = plt.subplots()
n, edges, patches = ax.hist([[1, 2, 2, 3], [2, 3, 3, 3, 4]], bins=3)
print([list(c) for c in n], list(edges), len(patches))
show(ax)
