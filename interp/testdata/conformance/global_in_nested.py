x = 0
def outer():
    def inner():
        global x
        x += 10
    inner()
    return x
print(outer(), x)
