# error
with 5:
    pass
