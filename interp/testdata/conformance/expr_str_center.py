print('mid'.center(9, '-'))
print(repr('mid'.center(9, '-')))
