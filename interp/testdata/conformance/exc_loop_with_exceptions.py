results = []
for v in ['1', 'x', '3', None]:
    try:
        results.append(int(v))
    except ValueError:
        results.append('bad')
    except TypeError as e:
        results.append(type(e).__name__)
print(results)
