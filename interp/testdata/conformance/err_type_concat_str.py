# error
'a' + 1
