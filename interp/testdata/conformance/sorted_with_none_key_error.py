# error
sorted([1, None, 2])
