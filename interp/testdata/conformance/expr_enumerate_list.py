print(list(enumerate('xy', 5)))
print(repr(list(enumerate('xy', 5))))
