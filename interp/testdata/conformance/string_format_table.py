rows = [('alpha', 1.5, 10), ('beta', 22.25, 200), ('gamma', 333.125, 3)]
for name, val, n in rows:
    print(f'{name:<8}|{val:>10.2f}|{n:^6d}|')
print('{:-^30}'.format(' end '))
