for ch in 'abc':
    print(ch, ord(ch))
print(list('héllo'), [c.upper() for c in 'xyz'], ''.join(reversed('stressed')))
print(chr(65), chr(0x263A), ord('€'), 'é' == '\u00e9')
