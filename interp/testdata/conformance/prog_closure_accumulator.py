def make_acc():
    items = []
    def add(x):
        items.append(x)
        return len(items)
    def get():
        return list(items)
    return add, get
add, get = make_acc()
add(1); add('two')
print(get(), add(3))
