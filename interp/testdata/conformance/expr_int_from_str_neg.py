print(int('-0042'))
print(repr(int('-0042')))
