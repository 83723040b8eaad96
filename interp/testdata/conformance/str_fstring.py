x, y = 3, 4.5
name = 'Bob'
print(f'{x} {y} {name!r} {x*y:.2f} {x:>4} {name:<6}|')
print(f'{x=}', f'{y = }', f'{{literal}}', f'{[1, 2]}', f"{'nested'}")
w = 8
print(f'{3.14159:{w}.3f}|', f'{255:#x}', f'{1e6:g}', f'{-5:+d}')
