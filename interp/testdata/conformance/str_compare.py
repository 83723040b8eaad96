print('a' < 'b', 'abc' < 'abd', 'Z' < 'a', 'apple' > 'app', 'x' == 'x', 'a' != 'b')
print(sorted(['banana', 'Apple', 'cherry']), max('hello'), min(['b', 'a']))
