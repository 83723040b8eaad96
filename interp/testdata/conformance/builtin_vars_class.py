class A:
    def __init__(self):
        self.a = 1
        self.b = 'x'
print(vars(A()))
