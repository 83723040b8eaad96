print(''.split(), ' a  b '.split(), 'a,b'.split(',', 1), 'abc'.split('b'), '  '.split(' '))
