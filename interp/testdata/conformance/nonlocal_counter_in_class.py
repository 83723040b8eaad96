def factory():
    count = 0
    class C:
        def bump(self):
            nonlocal count
            count += 1
            return count
    return C
C = factory()
c = C()
c.bump()
print(c.bump(), C().bump())
