log = []
def g():
    try:
        for i in range(10):
            yield i
    finally:
        log.append('closed')
for x in g():
    if x == 2:
        break
import sys
print(x, log == ['closed'] or log == [])
