def f(x):
    try:
        r = 10 / x
    except ZeroDivisionError:
        print('div zero')
        return 'handled'
    else:
        print('no error', r)
        return 'ok'
    finally:
        print('finally', x)
print(f(2))
print(f(0))
