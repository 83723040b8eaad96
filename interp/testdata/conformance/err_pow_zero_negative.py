# error
0.0 ** -1
