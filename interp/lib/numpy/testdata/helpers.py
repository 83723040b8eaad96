import numpy as np
from brian2.units import *

@check_units(v=volt, result=amp)
def current(v, r=1*ohm):
    return v / r

print(current(3*volt))
print(current(v=2*mV))
for call in [lambda: current(3*amp), lambda: current(v=3)]:
    try:
        call()
    except Exception as e:
        print(type(e).__name__ + ': ' + str(e))

@check_units(x=1, result=1)
def double(x):
    return 2*x
print(double(3))
try:
    double(3*ms)
except Exception as e:
    print(type(e).__name__ + ': ' + str(e))

print(get_dimensions(3*mV), get_dimensions(3), repr(get_dimensions(3)))
print(have_same_dimensions(3*mV, 5*volt), have_same_dimensions(3*mV, 5*amp), have_same_dimensions(1, 2))
print(is_dimensionless(3), is_dimensionless(3*mV), is_dimensionless(np.ones(3)))
print(get_unit(get_dimensions(3*mV)), get_unit((3*nS).dim), get_unit((3*ms).dim**-1))
print(in_unit(3*volt, mvolt), in_unit(123123*msecond, second, 2), in_unit(10*mV, ohm*amp))
print(in_best_unit(0.003*volt), in_best_unit(np.array([1, 2])*nA))
print((3*mV).in_unit(uvolt), (3*mV).dim, (3*mV).dimensions, (3*mV).is_dimensionless)
print(Quantity(3), repr(Quantity(3)), Quantity([1, 2]), repr(Quantity([1, 2])))
print(Quantity(5, dim=get_dimensions(volt)), Quantity(np.arange(3)*ms))
print(get_or_create_dimension(length=1, time=-1), get_or_create_dimension([0, 1, 0, 0, 0, 0, 0]))
print(volt.dim == (mV*2).dim, volt.dim == amp.dim)
print(repr(3*mV/mV), repr(ms/ms), (ms/ms).__class__.__name__)
print(mV == 1e-3*volt, mV < volt)
print(exprel(np.array([0., 1.])))
print(exp(3*mV/mV), sin(0*ms/ms))
print(where(np.arange(3) > 0, np.arange(3)*ms, 0*ms))
print(linspace(0*ms, 10*ms, 3), arange(0*ms, 3*ms, ms))
print(ones_like(np.arange(3)*ms), zeros_like(np.arange(3)*ms))
print(dot(np.arange(3), np.arange(3)))
print((1.23456789*mV).in_best_unit(3), (np.arange(3)*1.23456*ms).in_best_unit(precision=2))
print((1.23456789*mV).in_best_unit(python_code=True))
