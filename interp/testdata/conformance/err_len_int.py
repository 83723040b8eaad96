# error
len(42)
