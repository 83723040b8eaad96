# error
min([])
