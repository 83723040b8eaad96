# error
'a' ** 2
