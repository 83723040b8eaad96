import numpy as np
from brian2.units import *

for q in [20*volt, 1000*amp, 1e6*volt, 1000*namp, 10*nA*5*Mohm, 3*mV, 0*mV, 5*kelvin*second,
          np.array([1, 2, 3])*mV, np.array([16, 32.1, 48.2])*ms, np.arange(2000)*mV,
          np.arange(6).reshape(2, 3)*nA, np.arange(3000).reshape(1000, 3)*ms,
          ms, mV**2, ms/mV, cm**-2, 1/ms, volt*amp/metre, np.nan*mV, 5*mM, 5*kilogram, 3*cm3]:
    print(q._repr_latex_())
