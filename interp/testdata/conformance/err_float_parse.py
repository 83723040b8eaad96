# error
float('abc')
