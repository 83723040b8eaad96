# error
input('prompt> ')
