print(int(2.999) + int(-2.999))
print(repr(int(2.999) + int(-2.999)))
