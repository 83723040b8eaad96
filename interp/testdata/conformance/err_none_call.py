# error
f = None
f()
