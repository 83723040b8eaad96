def f():
    try:
        raise ValueError('x')
    except ValueError as e:
        return 'got ' + str(e)
print(f())
