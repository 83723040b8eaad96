# error
range(2.5)
