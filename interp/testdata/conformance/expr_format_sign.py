print('{:+.1f}'.format(-0.04))
print(repr('{:+.1f}'.format(-0.04)))
