text = 'abracadabra'
pos = []
i = text.find('a')
while i != -1:
    pos.append(i)
    i = text.find('a', i + 1)
print(pos, text.count('abra'), text.replace('abra', 'X'))
