x = 'global'
class A:
    x = 'class'
    y = x + '!'
    def m(self):
        return x
print(A.y, A().m())
