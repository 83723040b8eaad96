print([0] * 3, [1, 2] * 2, 2 * [None], [] * 5, [1] + [2, 3], [[0] * 2] * 2)
grid = [[0] * 3 for _ in range(2)]
grid[0][1] = 5
print(grid)
