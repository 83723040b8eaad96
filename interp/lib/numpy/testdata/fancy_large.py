import numpy as np
x = np.arange(200000.)
idx = np.arange(200000) * 7 % 200000
print(x[idx][:5], x[idx].sum())
idx[150000] = 200000
idx[190000] = -300000
try:
    x[idx]
except IndexError as e:
    print(e)
idx[150000] = -200000
try:
    x[idx]
except IndexError as e:
    print(e)
idx[190000] = -1
print(x[idx][150000], x[idx][190000])
print(x[x > 199990.5])
