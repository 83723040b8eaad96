print(divmod(10 ** 25, 7))
print(repr(divmod(10 ** 25, 7)))
