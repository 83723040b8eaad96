print(all(''))
print(repr(all('')))
