s = 'banana'
print(s.count('a'), s.count('an'), s.find('na'), s.rfind('na'), s.find('z'), s.index('n'), s.rindex('a'))
