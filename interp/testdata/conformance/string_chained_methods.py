s = '  Hello, World!  '
print(s.strip().lower().replace('world', 'there').split(','), s.strip()[::-1].upper())
print('-'.join(w.capitalize() for w in 'a quick test'.split()))
