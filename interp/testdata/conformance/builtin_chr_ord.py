print([chr(i) for i in range(97, 102)], [ord(c) for c in 'AZaz09'], chr(8364), ord('\n'))
