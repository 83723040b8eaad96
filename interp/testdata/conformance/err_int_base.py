# error
int('10', 40)
