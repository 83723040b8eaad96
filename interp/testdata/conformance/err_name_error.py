# error
print(undefined_name)
