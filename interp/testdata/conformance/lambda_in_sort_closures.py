data = {'b': 3, 'a': 1, 'c': 2}
keys = sorted(data, key=lambda k: data[k])
print(keys, sorted(data.items(), key=lambda kv: kv[0], reverse=True))
