try:
    try:
        raise KeyboardInterrupt
    except Exception:
        print('wrong')
except BaseException as e:
    print('base caught', type(e).__name__)
