class Z:
    def __bool__(self):
        return False
class L:
    def __len__(self):
        return 0
class N:
    pass
print(bool(Z()), bool(L()), bool(N()), 'yes' if Z() else 'no', not L())
