# error
x = 5
x()
