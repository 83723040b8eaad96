print('xxhixx'.strip('x'))
print(repr('xxhixx'.strip('x')))
