registry = {}
def register(cls):
    registry[cls.__name__] = cls
    return cls
@register
class Alpha:
    pass
@register
class Beta(Alpha):
    pass
print(sorted(registry), isinstance(registry['Beta'](), Alpha))
