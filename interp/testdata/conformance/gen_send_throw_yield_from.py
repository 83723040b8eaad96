def acc():
    total = 0
    while True:
        x = yield total
        if x is None:
            break
        total += x
    return total

g = acc()
print(next(g))
print(g.send(5))
print(g.send(7))
try:
    g.send(None)
except StopIteration as e:
    print("stop", e.value, e.args)

def catcher():
    while True:
        try:
            yield 1
        except ValueError as e:
            print("caught", e)
            yield "after"

c = catcher()
print(next(c))
print(c.throw(ValueError("boom")))
print(next(c))
print(c.throw(ValueError, "two"))
try:
    c.throw(KeyError("k"))
except KeyError as e:
    print("propagated", repr(e))
try:
    next(c)
except StopIteration:
    print("finished")

def fresh():
    yield 1
f = fresh()
try:
    f.send(3)
except TypeError as e:
    print(e)
try:
    f.throw(RuntimeError("early"))
except RuntimeError as e:
    print("early:", e)
print(list(f))

def inner():
    got = yield "i1"
    print("inner got", got)
    try:
        yield "i2"
    except ZeroDivisionError:
        yield "i-caught"
    return "inner-ret"

def outer():
    r = yield from inner()
    print("outer r", r)
    yield "o-end"

o = outer()
print(next(o))
print(o.send("hello"))
print(o.throw(ZeroDivisionError))
print(next(o))
try:
    o.send(1)
except StopIteration as e:
    print("done", e.value)

def ret():
    return 5
    yield
try:
    next(ret())
except StopIteration as e:
    print(e.value, repr(e))
