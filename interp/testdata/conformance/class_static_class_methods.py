class M:
    count = 0
    def __init__(self):
        M.count += 1
    @staticmethod
    def add(a, b):
        return a + b
    @classmethod
    def make(cls):
        return cls()
    @classmethod
    def how_many(cls):
        return cls.count
M(); M.make(); M().make()
print(M.add(1, 2), M().add(3, 4), M.how_many(), M.count)
class Sub(M):
    pass
print(type(Sub.make()).__name__)
