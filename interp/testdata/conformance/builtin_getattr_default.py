class A:
    v = 1
print(getattr(A, 'v'), getattr(A, 'w', None), getattr([], 'append').__name__, hasattr('', 'join'))
