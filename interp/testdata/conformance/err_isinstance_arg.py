# error
isinstance(1, 'int')
