print('' in 'abc', 'bc' in 'abc', 'x' in '', 'A' in 'abc')
