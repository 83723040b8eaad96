# error
round('1.5')
