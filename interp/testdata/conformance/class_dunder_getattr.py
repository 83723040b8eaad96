class Proxy:
    def __init__(self):
        self.real = 1
    def __getattr__(self, name):
        return f'<{name}>'
p = Proxy()
print(p.real, p.missing, getattr(p, 'other'), hasattr(p, 'anything'))
