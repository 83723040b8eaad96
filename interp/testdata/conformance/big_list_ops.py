big = list(range(100000))
print(len(big), sum(big), big[-1], big[50000], len(big[::7]), max(big), min(big))
big.reverse()
print(big[:3], big.index(0))
