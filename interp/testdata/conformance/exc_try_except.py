try:
    1 / 0
except ZeroDivisionError as e:
    print('caught', e, type(e).__name__, e.args)
try:
    int('x')
except (TypeError, ValueError) as e:
    print('tuple caught', e)
try:
    [][0]
except LookupError:
    print('base class caught')
try:
    raise KeyError('k')
except Exception as e:
    print(repr(e), str(e))
