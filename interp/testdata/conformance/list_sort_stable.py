pairs = [(1, 'b'), (0, 'a'), (1, 'a'), (0, 'b')]
print(sorted(pairs, key=lambda p: p[0]))
print(sorted(pairs, key=lambda p: p[0], reverse=True))
words = ['bb', 'a', 'ccc', 'dd']
words.sort(key=len)
print(words)
print(sorted([3, 1, 2], reverse=True))
