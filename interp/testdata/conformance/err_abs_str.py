# error
abs('x')
