data = {'users': [{'name': 'a', 'tags': ['x', 'y']}, {'name': 'b', 'tags': []}]}
for u in data['users']:
    print(u['name'], len(u['tags']), u.get('email', 'n/a'))
data['users'][1]['tags'].append('z')
print(data)
