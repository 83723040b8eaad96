print(f"{'a' + 'b'}")
print(repr(f"{'a' + 'b'}"))
