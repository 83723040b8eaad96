def f():
    pass
class K:
    def m(self):
        pass
print(repr(f).split(' at ')[0], repr(K), repr(K.m).split(' at ')[0], repr(K().m).startswith('<bound method K.m of'))
print(repr(len), repr(lambda: 0).split(' at ')[0])
