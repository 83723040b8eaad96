import sys
path = '/tmp/_gobrian_conf_file.txt'
with open(path, 'w') as f:
    n = f.write('line one\nline two\n')
    f.write('third')
print(n)
with open(path) as f:
    print(repr(f.read()))
with open(path) as f:
    for line in f:
        print(repr(line))
f = open(path)
print(f.readline().strip(), f.readlines())
f.close()
print(f.closed)
with open(path, 'a') as f:
    f.write('\nappended')
print(open(path).read().splitlines())
