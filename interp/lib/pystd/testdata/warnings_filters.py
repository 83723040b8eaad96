import warnings
with warnings.catch_warnings():
    warnings.simplefilter("error")
    try:
        warnings.warn("boom", UserWarning)
    except UserWarning as e:
        print("caught", type(e).__name__, e)
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    warnings.filterwarnings("ignore", message="skip.*")
    warnings.filterwarnings("error", category=RuntimeWarning)
    warnings.warn("skip me")
    warnings.warn("Skip me too")
    warnings.warn("keep me")
    try:
        warnings.warn("rt", RuntimeWarning)
    except RuntimeWarning as e:
        print("RuntimeWarning", e)
print([str(x.message) for x in w])
print(warnings.formatwarning("msg", UserWarning, "file.py", 3))
try:
    warnings.simplefilter("bogus")
except AssertionError as e:
    print(e)
