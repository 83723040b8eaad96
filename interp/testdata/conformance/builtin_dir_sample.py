class A:
    x = 1
    def m(self):
        pass
a = A()
a.y = 2
print([n for n in dir(a) if not n.startswith('__')])
print('append' in dir([]), 'keys' in dir({}), 'upper' in dir('s'))
