class C:
    shared = []
    n = 0
c1, c2 = C(), C()
c1.shared.append(1)
c1.n = 5
print(C.shared, c2.shared, c1.n, c2.n, C.n)
