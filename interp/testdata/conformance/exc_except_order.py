def classify(exc):
    try:
        raise exc
    except KeyError:
        return 'key'
    except LookupError:
        return 'lookup'
    except Exception:
        return 'other'
print(classify(KeyError()), classify(IndexError()), classify(TypeError()))
