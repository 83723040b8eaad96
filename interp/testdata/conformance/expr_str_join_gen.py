print('+'.join(str(i) for i in range(5)))
print(repr('+'.join(str(i) for i in range(5))))
