print('straße'.upper())
print(repr('straße'.upper()))
