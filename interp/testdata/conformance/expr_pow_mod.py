print(pow(3, 200, 1000))
print(repr(pow(3, 200, 1000)))
