# error
None < 1
