print('a\tb', 'c\\d', 'e\'f', "g\"h", 'uni\u00e9', 'x\x41', len('\n'))
print(r'raw\n', len(r'\n'))
