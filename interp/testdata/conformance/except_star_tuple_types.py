errors = (ValueError, KeyError)
for exc in [ValueError('v'), KeyError('k'), TypeError('t')]:
    try:
        raise exc
    except errors as e:
        print('handled', type(e).__name__)
    except Exception as e:
        print('other', type(e).__name__)
