print([x * y for x in range(4) for y in range(4) if x != y and x * y > 3])
print(repr([x * y for x in range(4) for y in range(4) if x != y and x * y > 3]))
