# printf-style formatting as the tutorials and users write it.
v = -0.065
print('Before v = %s' % v)
print('Expected value of v = %s' % (1 - 2.718281828 ** -10))
print("%d spikes, rate %.2f Hz, %5.1f%%" % (42, 12.3456, 99.5))
print("%s|%r|%a" % ("é", "é", "é"))
print("%-8s|%8s|%08.3f|%+d|% d" % ("ab", "cd", 3.14159, 5, 7))
print("%x %X %#x %#o %o %c %c" % (255, 255, 255, 8, 8, 65, "z"))
print("%(name)s is %(age)d" % {"name": "Bob", "age": 42})
print("%*d|%-*d|%.*f" % (5, 42, 5, 42, 2, 3.14159))
print("%s" % [1, 2], "%s" % ((1, 2),), "%s %s" % (None, True))
print("%e %E %g %G" % (12345.678, 0.000123, 1e-10, 1e20))
print("%.3s|%5.1s|" % ("abcdef", "xyz"))
try:
    print("%d" % "x")
except TypeError as e:
    print("TypeError:", e)
try:
    print("%s %s" % (1,))
except TypeError as e:
    print("TypeError:", e)
try:
    print("%s" % (1, 2))
except TypeError as e:
    print("TypeError:", e)
try:
    print("%y" % 1)
except ValueError as e:
    print("ValueError:", e)
print("done")
