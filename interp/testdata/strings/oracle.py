# Oracle for interp's differential string-formatting tests: reads a JSON
# list of Python expressions on stdin, prints a JSON list with, for each,
# {"ok": repr(value)} or {"err": "ExceptionName: message"}.
import json
import sys

out = []
for expr in json.load(sys.stdin):
    try:
        out.append({"ok": repr(eval(expr))})
    except Exception as ex:
        out.append({"err": type(ex).__name__ + ": " + str(ex)})
json.dump(out, sys.stdout)
