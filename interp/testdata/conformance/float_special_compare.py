nan = float('nan')
inf = float('inf')
print(nan == nan, nan != nan, nan < 1, inf > 1e308, -inf < 0, inf == inf, inf - inf != inf - inf)
print([nan] == [nan], nan in [nan])
