# error
y = 1
del y
print(y)
