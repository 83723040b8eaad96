# error
'abc'[10]
