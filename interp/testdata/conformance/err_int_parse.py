# error
int('12abc')
