class O:
    pass
o = O()
setattr(o, 'a', 1)
print(getattr(o, 'a'), getattr(o, 'b', 'default'), hasattr(o, 'a'), hasattr(o, 'b'))
delattr(o, 'a')
print(hasattr(o, 'a'), vars(o))
o.z = 3
print(vars(o), o.__dict__)
