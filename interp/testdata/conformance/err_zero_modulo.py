# error
5 % 0
