print('' or [] or {})
print(repr('' or [] or {}))
