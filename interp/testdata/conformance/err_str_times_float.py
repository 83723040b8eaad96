# error
'a' * 2.5
