class Strict:
    def __init__(self, v):
        if v < 0:
            raise ValueError(f'negative: {v}')
        self.v = v
try:
    Strict(-1)
except ValueError as e:
    print('rejected', e)
print(Strict(2).v)
