print(chr(ord('a') + 25))
print(repr(chr(ord('a') + 25)))
