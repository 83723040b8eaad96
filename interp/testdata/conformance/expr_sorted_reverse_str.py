print(sorted('bca', reverse=True))
print(repr(sorted('bca', reverse=True)))
