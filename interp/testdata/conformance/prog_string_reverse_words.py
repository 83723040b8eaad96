s = 'hello world from python'
print(' '.join(reversed(s.split())), ' '.join(w[::-1] for w in s.split()), s.title())
