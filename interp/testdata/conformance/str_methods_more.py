s = 'The quick brown fox'
print(s.startswith('The'), s.endswith('fox'), s.title(), s.swapcase(), s.capitalize())
print(s.partition(' '), s.rpartition(' '), s.split(), s.rsplit(' ', 1), s.index('q'))
print('abc'.isalpha(), '123'.isdigit(), 'a1'.isalnum(), '   '.isspace(), 'Ab'.islower(), 'AB'.isupper())
print('a\nb\nc'.splitlines(), 'x'.zfill(4), '-5'.zfill(4), 'ab'.ljust(4, '.'), 'ab'.rjust(4, '.'))
print('hello'.strip('ho'), 'aaa'.lstrip('a'), 'xyzzy'.rstrip('y'), 'a b'.expandtabs())
