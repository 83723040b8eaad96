from functools import reduce, partial
import operator
print(reduce(operator.add, range(10)), reduce(lambda acc, x: acc + [x * 2], [1, 2, 3], []), reduce(max, [3, 9, 2]))
base2 = partial(int, base=2)
print(base2("1010"), base2("11", base=10), partial(sorted, reverse=True)([3, 1, 2]))
def greet(greeting, name, punct="!"):
    return f"{greeting}, {name}{punct}"
hello = partial(greet, "Hello")
print(hello("Ann"), hello("Bob", punct="?"), partial(greet, punct=".")("Hi", "Cy"))
print(list(map(partial(pow, 2), range(5))))
