# error
'abc'.nosuch()
