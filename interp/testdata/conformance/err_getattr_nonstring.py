# error
getattr(1, 2)
