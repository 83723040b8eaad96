tests = [lambda: 1 / 0, lambda: [][1], lambda: {}['k'], lambda: int('z'), lambda: None.x, lambda: 'a' + 1, lambda: undefined_var]
for t in tests:
    try:
        t()
    except Exception as e:
        print(type(e).__name__, '|', e)
