print((10 ** 20) % -7)
print(repr((10 ** 20) % -7))
