# error
chr(-5)
