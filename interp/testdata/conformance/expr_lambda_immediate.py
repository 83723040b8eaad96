print((lambda x, y=10: x * y)(4))
print(repr((lambda x, y=10: x * y)(4)))
