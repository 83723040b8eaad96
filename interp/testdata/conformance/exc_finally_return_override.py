def f():
    try:
        return 'try'
    finally:
        print('cleanup')
def g():
    try:
        raise ValueError
    finally:
        return 'swallowed'
print(f(), g())
for i in range(3):
    try:
        if i == 1:
            continue
        print('body', i)
    finally:
        print('fin', i)
