def make_adder(n):
    def add(x):
        return x + n
    return add
add5 = make_adder(5)
print(add5(10), make_adder(-1)(1))
def counter():
    count = 0
    def inc():
        nonlocal count
        count += 1
        return count
    return inc
c = counter()
c(); c()
print(c())
fs = [lambda x, i=i: x + i for i in range(3)]
print([f(10) for f in fs])
gs = [lambda: i for i in range(3)]
print([g() for g in gs])
