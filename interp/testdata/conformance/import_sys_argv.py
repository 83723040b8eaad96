import sys
print(type(sys.argv).__name__, sys.stdout is not None, hasattr(sys, 'stderr'))
