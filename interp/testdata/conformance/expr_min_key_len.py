print(min('aaa', 'b', 'cc', key=len))
print(repr(min('aaa', 'b', 'cc', key=len)))
