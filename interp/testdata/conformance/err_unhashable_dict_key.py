# error
d = {}
d[[1]] = 2
