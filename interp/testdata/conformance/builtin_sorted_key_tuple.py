people = [('alice', 30), ('bob', 25), ('carol', 30), ('dave', 25)]
print(sorted(people, key=lambda p: (-p[1], p[0])))
print(sorted(people, key=lambda p: p[1]))
