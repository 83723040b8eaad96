s = 'naïve café'
print(len(s), s[2], s[-1], s[5:], s.upper(), s.find('é'))
