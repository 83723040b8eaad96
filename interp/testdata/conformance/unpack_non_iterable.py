# error
a, b = 5
