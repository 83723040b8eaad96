# error
1 < 'a'
