from math import sqrt, pi as PI
print(sqrt(81), PI)
import math as m
print(m.cos(m.pi))
