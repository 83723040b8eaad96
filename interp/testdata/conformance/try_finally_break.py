for i in range(5):
    try:
        if i == 2:
            break
    finally:
        print('finally', i)
print('out')
