# error
def check(v):
    assert v > 0, f'bad value {v}'
    return v
print(check(1))
check(-1)
