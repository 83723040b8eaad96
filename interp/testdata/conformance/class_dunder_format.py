class Money:
    def __init__(self, v):
        self.v = v
    def __format__(self, spec):
        if spec == 'usd':
            return f'${self.v:.2f}'
        return str(self.v)
m = Money(3.5)
print(f'{m:usd}', format(m, 'usd'), '{:usd}'.format(m), f'{m}')
