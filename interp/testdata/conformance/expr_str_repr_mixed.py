print(repr("it's"))
print(repr(repr("it's")))
