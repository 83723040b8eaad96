# error
', '.join([1, 2])
