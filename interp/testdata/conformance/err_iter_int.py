# error
iter(5)
