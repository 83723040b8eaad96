# error
[1, 2]()
