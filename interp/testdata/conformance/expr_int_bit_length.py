print((1023).bit_length())
print(repr((1023).bit_length()))
