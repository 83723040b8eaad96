# error
try:
    {}['x']
except KeyError as e:
    raise ValueError('converted') from e
