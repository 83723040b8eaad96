print((1,), ((1,),), ([],), (None,), tuple('ab'), repr(()))
