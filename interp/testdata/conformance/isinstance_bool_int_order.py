for v in [True, 1, 1.0, 'x', None]:
    kind = 'bool' if isinstance(v, bool) else 'int' if isinstance(v, int) else 'float' if isinstance(v, float) else 'other'
    print(repr(v), kind)
