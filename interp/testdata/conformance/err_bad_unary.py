# error
-'abc'
