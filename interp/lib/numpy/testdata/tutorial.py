# Quantity operations the Brian tutorials use, with numpy's bare functions.
import numpy as np
from numpy import *
from brian2.units import *

tau = 10*ms
print('Expected value of v = %s' % (1-exp(-100*ms/tau)))
t = array([16., 32.1, 48.2])*ms
print('Spike times: %s' % t)
print('Spike times: %s' % (array([8., 23., 38.])*ms))
M_t = arange(300)*0.1*ms
v = 1-exp(-M_t/tau)
print(v[:5], v[-1])
print(M_t/ms)
for s in t:
    print(s/ms, s)
N = 100
dt = 0.1*ms
print(ones(N)/(N*dt))
count = arange(10)
duration = 1000*ms
print(count/duration)
print(repr(count/duration))
delta_t = linspace(-50, 50, 100)*ms
W = where(delta_t>0, 0.01*exp(-delta_t/(20*ms)), -0.0105*exp(delta_t/(20*ms)))
print(W[:4], W.shape)
print(delta_t[:3])
tau_range = linspace(1, 10, 30)*ms
print(tau_range)
isi_mu = full(5, nan)*second
isi_mu[2] = mean(diff(array([1., 3, 6])*ms))
print(isi_mu)
print(isi_mu/ms)
area = 20000*umetre**2
Cm = 1*ufarad*cm**-2 * area
gl = 5e-5*siemens*cm**-2 * area
print(area, Cm, gl)
print(repr(area), repr(Cm), repr(gl))
g_na = 100*msiemens*cm**-2 * area
print(g_na)
print(int(200*ms/(0.1*ms)))
t_recorded = arange(int(200*ms/(0.1*ms)))*(0.1*ms)
I = 2.5*sin(2*pi*(10*Hz)*t_recorded)
print(I.shape, I[:3])
taus = [10, 100]*ms
print(taus)
v_drive = 2*(-50*mV - -70*mV)
print(v_drive, 0.5*(-50*mV - -70*mV))
rates = [3*Hz, 4*Hz]
print(rates)
print(array([[1, 2], [3, 4]])*nA)
print(repr(array([[1, 2], [3, 4]])*nA))
print((array([[1, 2], [3, 4]])*nA).T/nA)
print(f'{3*mV}', '{}'.format(3*mV), f'{3*mV:.4f}')
print(str(mV), repr(mV), str(kHz))
print(abs(-3*mV), max(t), min(t), sum(t))
print(sorted([3*ms, 1*ms]))
print(3*mV > 2*mV, 3*mV == 3*mV, 1*ms in t)
print(len(t), t.shape, t.size, t.ndim)
print(np.asarray(t), np.array(t))
print(list(t))
print(t.tolist())
