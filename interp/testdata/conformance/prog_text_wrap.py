words = 'lorem ipsum dolor sit amet consectetur adipiscing elit sed do'.split()
lines, cur = [], ''
for w in words:
    if len(cur) + len(w) + 1 > 20:
        lines.append(cur)
        cur = w
    else:
        cur = (cur + ' ' + w).strip()
lines.append(cur)
for l in lines:
    print(f'|{l:<20}|')
