print(float(str(0.1)) == 0.1)
print(repr(float(str(0.1)) == 0.1))
