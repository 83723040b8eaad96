from collections import defaultdict
dd = defaultdict(list)
for k, v in [('a', 1), ('b', 2), ('a', 3)]:
    dd[k].append(v)
print(dd, dict(dd), len(dd), 'a' in dd, sorted(dd.items()), isinstance(dd, dict))
counts = defaultdict(int)
for ch in 'hello':
    counts[ch] += 1
print(counts, counts['zzz'], list(counts.keys()))
