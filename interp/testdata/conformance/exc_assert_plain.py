# error
assert []
