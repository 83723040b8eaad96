# error
[].pop()
