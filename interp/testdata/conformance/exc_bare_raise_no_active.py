# error
raise
