print(sum(i * i for i in range(10)), ','.join(str(i) for i in range(4)), tuple(c for c in 'ab'))
print(sorted((v for v in [3, 1, 2]), reverse=True))
