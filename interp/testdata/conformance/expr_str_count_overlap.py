print('aaaa'.count('aa'))
print(repr('aaaa'.count('aa')))
