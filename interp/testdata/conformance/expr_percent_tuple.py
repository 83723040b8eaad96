print('%s=%d' % ('n', 5))
print(repr('%s=%d' % ('n', 5)))
