s = """line1
line2
    indented"""
print(s)
print(s.split('\n'))
t = ('implicit '
     'concat')
print(t)
