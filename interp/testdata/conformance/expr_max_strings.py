print(max(['apple', 'pear', 'fig']))
print(repr(max(['apple', 'pear', 'fig'])))
