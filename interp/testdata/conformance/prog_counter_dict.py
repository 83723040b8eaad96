s = 'mississippi'
freq = {}
for ch in s:
    freq[ch] = freq.get(ch, 0) + 1
print(freq, max(freq, key=freq.get), sorted(freq, key=lambda k: (-freq[k], k)))
