class Mul:
    def __init__(self, k):
        self.k = k
    def __call__(self, x):
        return x * self.k
double = Mul(2)
print(double(21), callable(double), callable(Mul), callable(1))
