import sys
print('visible')
print('hidden', file=sys.stderr)
sys.stdout.write('written\n')
