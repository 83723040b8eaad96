class Tracked:
    instances = 0
    def __init__(self):
        type(self).instances += 1
        self.id = Tracked.instances
a, b, c = Tracked(), Tracked(), Tracked()
print(Tracked.instances, c.id, a.id)
