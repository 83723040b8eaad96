import numpy as np
from brian2.units import *

def attempt(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ': ' + str(e))

attempt(lambda: np.zeros(3, dtype='foo'))
attempt(lambda: np.arange(3.)[np.array([0.5])])
attempt(lambda: np.arange(3) & np.arange(3.))
attempt(lambda: np.array([True]) - np.array([False]))
attempt(lambda: -np.array([True]))
attempt(lambda: ~np.arange(3.))
attempt(lambda: np.arange(4).reshape(2, 2)[2, 0])
attempt(lambda: np.arange(4).reshape(2, 2)[0, -3])
attempt(lambda: np.arange(4)[[1, 7]])
attempt(lambda: np.ones((2, 3)) + np.ones((3, 2)))
attempt(lambda: np.ones((2, 3)).reshape(5))
attempt(lambda: np.arange(3) ** -1)
attempt(lambda: np.zeros((2, 2))[np.array([True, False, True])])
attempt(lambda: np.arange(3).max(axis=1))
attempt(lambda: np.arange(3).mean(axis=-2))
attempt(lambda: np.vstack([np.ones(2), np.ones(3)]))
attempt(lambda: np.stack([np.ones(2), np.ones(3)]))
attempt(lambda: np.argmax(np.array([])))
attempt(lambda: np.random.randint(5, 2))
attempt(lambda: np.random.choice(3, 5, replace=False))
attempt(lambda: np.linspace(0, 1, -1))
attempt(lambda: len(np.array(5)))
attempt(lambda: float(np.arange(3)))
attempt(lambda: int(np.arange(3)))
attempt(lambda: np.array(5)[0])
attempt(lambda: np.percentile(np.arange(3), 150))
attempt(lambda: np.dot(np.ones(3), np.ones(4)))
attempt(lambda: np.ones(3) @ 2)
attempt(lambda: 3*mV + 2)
attempt(lambda: (3*mV)[0])
attempt(lambda: len(3*mV))
attempt(lambda: np.sqrt(-1*mV**2))
attempt(lambda: np.arange(3)*mV + np.arange(3)*ms)
attempt(lambda: np.where(np.arange(3) > 0, np.arange(3)*mV, np.arange(3)*ms))
attempt(lambda: np.concatenate([np.arange(2)*mV, np.arange(2)*ms]))
attempt(lambda: np.arange(3)*mV < 3)
attempt(lambda: np.maximum(np.arange(3)*mV, np.arange(3)))
def inplace_units():
    q = np.ones(3)*mV
    q += 1*ms
attempt(inplace_units)
def inplace_units2():
    q = np.ones(3)*mV
    q *= 2*ms
    return q
attempt(inplace_units2)
def inplace_unit():
    u = ms
    u += ms
    return u
attempt(inplace_unit)
