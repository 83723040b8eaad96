# error
1.5 / 0
