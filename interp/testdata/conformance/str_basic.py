s = 'Hello, World'
print(s[0], s[-1], s[2:5], s[::-1], s[::2], len(s), s * 2, 'lo' in s, 'xyz' not in s)
print(s.upper(), s.lower(), s.split(', '), s.replace('l', 'L'), s.find('o'), s.count('l'))
print('-'.join(['a', 'b', 'c']), '  pad  '.strip(), 'a,b,,c'.split(','), 'x'.center(5, '*'))
