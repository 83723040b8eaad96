# error
dict([1, 2])
