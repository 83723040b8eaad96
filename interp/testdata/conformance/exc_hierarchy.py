for cls in [ZeroDivisionError, KeyError, IndexError, UnboundLocalError, FileNotFoundError, RecursionError, StopIteration, KeyboardInterrupt, ModuleNotFoundError, NotImplementedError]:
    print(cls.__name__, [b.__name__ for b in cls.__mro__])
