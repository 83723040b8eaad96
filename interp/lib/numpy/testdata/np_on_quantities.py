# numpy's functions applied to Brian quantities (numpy semantics, not
# Brian's unit-safe versions).
import numpy as np
from brian2.units import ms, mV, second

a = np.array([1., 2.])*ms
for e in ['np.hstack([a,a])', 'np.vstack([a,a])', 'np.append(a,a)', 'np.stack([a,a])', 'np.r_[a,a]',
          'np.concatenate([a, np.array([1.,2.])*mV])', 'np.tile(a,2)', 'np.repeat(a,2)', 'np.sort(a)',
          'np.unique(a)', 'np.where(a>1*ms)', 'np.where(a>1*ms, a, 0)', 'np.arange(3)*ms', 'np.zeros_like(a)',
          'np.full_like(a, 3)', 'np.clip(a, 1.5*ms, 3*ms)', 'np.interp(1.5*ms, a, a)', 'np.searchsorted(a, 1.5*ms)',
          'np.histogram(a)[1]', 'np.percentile(a, 50)', 'np.nanmean(a)', 'np.nansum(a)', 'np.average(a)',
          'np.trapz(a)', 'np.roll(a,1)', 'np.flip(a)', 'np.diag(a)', 'np.outer(a,a)', 'np.dot(a,a)',
          'np.convolve(a,a)', 'np.ptp(a)', 'np.cumprod(a)', 'np.take(a,[0])', 'np.isin(a, a)',
          'np.array_split(a,2)', 'np.broadcast_to(a,(2,2))', 'np.atleast_2d(a)', 'np.squeeze(a)',
          'np.expand_dims(a,0)', 'np.ravel(a)', 'np.transpose(a)', 'np.reshape(a,(2,1))', 'np.nanmax(a)',
          'np.amax(a)', 'np.argsort(a)', 'np.meshgrid(a,a)[0]', 'np.arange(0*ms, 3*ms, ms)']:
    try:
        print(e, '->', repr(eval(e)))
    except Exception as ex:
        print(e, '-> ERR', type(ex).__name__ + ':', ex)
