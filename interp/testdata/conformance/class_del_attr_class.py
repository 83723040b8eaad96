class A:
    x = 1
    y = 2
del A.x
print(hasattr(A, 'x'), A.y)
A.z = 3
print(A.z, A().z)
