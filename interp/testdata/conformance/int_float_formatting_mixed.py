vals = [1, 1.0, -1.5, 2**31, 1e-3, 123456.789]
print(' '.join(f'{v:8.3f}' for v in vals))
print(' '.join(f'{v:g}' for v in vals))
print(' '.join('%.2e' % v for v in vals))
