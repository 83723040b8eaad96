lines = ['name,age', 'ann,30', 'bob,25']
header, *rows = lines
keys = header.split(',')
records = [dict(zip(keys, r.split(','))) for r in rows]
print(records)
print(sum(int(r['age']) for r in records) / len(records))
print('|'.join(f"{r['name']:>5}" for r in records))
