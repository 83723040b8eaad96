# error
next([1, 2])
