# Oracle for the differential test: reads a JSON list of sources on stdin and
# prints, for each, either the AST rendered in syntax.Dump's S-expression
# format or the SyntaxError that CPython's compile() raises.
import ast, json, sys, warnings

warnings.simplefilter("ignore")

OPS = {
    "Add": "+", "Sub": "-", "Mult": "*", "Div": "/", "FloorDiv": "//", "Mod": "%",
    "Pow": "**", "MatMult": "@", "LShift": "<<", "RShift": ">>", "BitAnd": "&",
    "BitOr": "|", "BitXor": "^", "USub": "-", "UAdd": "+", "Invert": "~", "Not": "not",
    "And": "and", "Or": "or", "Eq": "==", "NotEq": "!=", "Lt": "<", "LtE": "<=",
    "Gt": ">", "GtE": ">=", "In": "in", "NotIn": "not in", "Is": "is", "IsNot": "is not",
}


def q(s):
    return json.dumps(s, ensure_ascii=False)


def lst(xs):
    return "[" + " ".join(d(x) for x in xs) + "]"


def n(name, *parts):
    return "(" + " ".join([name] + list(parts)) + ")"


def op(o):
    return OPS[type(o).__name__]


def has_yield(body):
    # Yield anywhere in body, not inside nested scopes.
    stack = list(body)
    while stack:
        x = stack.pop()
        if isinstance(x, (ast.Yield, ast.YieldFrom)):
            return True
        if isinstance(x, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef, ast.Lambda)):
            # Decorators and defaults belong to the enclosing scope.
            stack.extend(getattr(x, "decorator_list", []))
            if isinstance(x, ast.ClassDef):
                stack.extend(x.bases)
            continue
        stack.extend(ast.iter_child_nodes(x))
    return False


def args(a):
    parts = [x.arg for x in a.posonlyargs]
    if a.posonlyargs:
        parts.append("/")
    parts += [x.arg for x in a.args]
    if a.vararg:
        parts.append("*" + a.vararg.arg)
    elif a.kwonlyargs:
        parts.append("*")
    for x, dflt in zip(a.kwonlyargs, a.kw_defaults):
        parts.append(x.arg + ("=" + d(dflt) if dflt is not None else ""))
    if a.kwarg:
        parts.append("**" + a.kwarg.arg)
    s = "(args" + "".join(" " + p for p in parts)
    if a.defaults:
        s += " defaults=" + lst(a.defaults)
    return s + ")"


def fv(x):
    parts = [d(x.value)]
    if x.conversion != -1:
        parts.append("!" + chr(x.conversion))
    if x.format_spec is not None:
        parts.append(d(x.format_spec))
    return n("Fmt", *parts)


def d(x):
    if x is None:
        return "nil"
    t = type(x).__name__
    if isinstance(x, list):
        return lst(x)
    if t == "Module":
        return lst(x.body)
    if t == "Name":
        return x.id
    if t == "Constant":
        v = x.value
        if v is None or isinstance(v, bool):
            return repr(v)
        if v is Ellipsis:
            return "..."
        if isinstance(v, int):
            return str(v)
        if isinstance(v, float):
            return repr(v)
        if isinstance(v, str):
            return q(v)
        return "<%s>" % type(v).__name__
    if t == "JoinedStr":
        return n("JoinedStr", lst(x.values))
    if t == "FormattedValue":
        return fv(x)
    if t in ("Tuple", "List", "Set"):
        return n(t, lst(x.elts))
    if t == "Dict":
        return n("Dict", lst(x.keys), lst(x.values))
    if t == "Starred":
        return n("Starred", d(x.value))
    if t == "Attribute":
        return n("Attr", d(x.value), x.attr)
    if t == "Subscript":
        return n("Sub", d(x.value), d(x.slice))
    if t == "Slice":
        return n("Slice", d(x.lower), d(x.upper), d(x.step))
    if t == "Call":
        kws = [n("**", d(k.value)) if k.arg is None else n("=", k.arg, d(k.value)) for k in x.keywords]
        return n("Call", d(x.func), lst(x.args), *kws)
    if t == "BinOp":
        return n("BinOp", op(x.op), d(x.left), d(x.right))
    if t == "UnaryOp":
        return n("Unary", op(x.op), d(x.operand))
    if t == "BoolOp":
        return n("BoolOp", op(x.op), lst(x.values))
    if t == "Compare":
        parts = [d(x.left)]
        for o, c in zip(x.ops, x.comparators):
            parts += [q(op(o)), d(c)]
        return n("Compare", *parts)
    if t == "IfExp":
        return n("IfExp", d(x.test), d(x.body), d(x.orelse))
    if t == "Lambda":
        return n("Lambda", args(x.args), d(x.body))
    if t in ("ListComp", "SetComp", "GeneratorExp", "DictComp"):
        kind = {"ListComp": "list", "SetComp": "set", "GeneratorExp": "gen", "DictComp": "dict"}[t]
        parts = [kind]
        if t == "DictComp":
            parts += [d(x.key), d(x.value)]
        else:
            parts.append(d(x.elt))
        parts += [n("for", d(g.target), d(g.iter), lst(g.ifs)) for g in x.generators]
        return n("Comp", *parts)
    if t == "Yield":
        return n("Yield", d(x.value))
    if t == "YieldFrom":
        return n("YieldFrom", d(x.value))
    if t == "NamedExpr":
        return n("Walrus", d(x.target), d(x.value))
    if t == "Expr":
        return n("Expr", d(x.value))
    if t == "Assign":
        return n("Assign", lst(x.targets), d(x.value))
    if t == "AugAssign":
        return n("AugAssign", d(x.target), op(x.op), d(x.value))
    if t == "AnnAssign":
        return n("AnnAssign", d(x.target), d(x.value))
    if t == "Delete":
        return n("Del", lst(x.targets))
    if t in ("Pass", "Break", "Continue"):
        return "(" + t + ")"
    if t == "Return":
        return n("Return", d(x.value))
    if t == "Raise":
        return n("Raise", d(x.exc), d(x.cause))
    if t in ("Global", "Nonlocal"):
        return n(t, " ".join(x.names))
    if t in ("If", "While"):
        return n(t, d(x.test), lst(x.body), lst(x.orelse))
    if t == "For":
        return n("For", d(x.target), d(x.iter), lst(x.body), lst(x.orelse))
    if t == "FunctionDef":
        parts = [x.name, args(x.args), lst(x.body)]
        if x.decorator_list:
            parts += ["@", lst(x.decorator_list)]
        if has_yield(x.body):
            parts.append("gen")
        doc = ast.get_docstring(x, clean=False)
        if doc:
            parts.append("doc=" + q(doc))
        return n("Def", *parts)
    if t == "ClassDef":
        kws = [n("**", d(k.value)) if k.arg is None else n("=", k.arg, d(k.value)) for k in x.keywords]
        parts = [x.name, lst(x.bases)] + kws + [lst(x.body)]
        if x.decorator_list:
            parts += ["@", lst(x.decorator_list)]
        doc = ast.get_docstring(x, clean=False)
        if doc:
            parts.append("doc=" + q(doc))
        return n("Class", *parts)
    if t == "Try":
        hs = [n("except", d(h.type), h.name or "", lst(h.body)) for h in x.handlers]
        return n("Try", lst(x.body), *hs, lst(x.orelse), lst(x.finalbody))
    if t == "With":
        items = [n("item", d(i.context_expr), d(i.optional_vars)) for i in x.items]
        return n("With", *items, lst(x.body))
    if t == "Assert":
        return n("Assert", d(x.test), d(x.msg))
    if t == "Import":
        return n("Import", *[a.name + (" as " + a.asname if a.asname else "") for a in x.names])
    if t == "ImportFrom":
        mod = "." * x.level + (x.module or "")
        if len(x.names) == 1 and x.names[0].name == "*":
            return n("From", mod, "*")
        return n("From", mod, *[a.name + (" as " + a.asname if a.asname else "") for a in x.names])
    return "<%s>" % t


def main():
    mode = sys.argv[1] if len(sys.argv) > 1 else "exec"
    out = []
    for src in json.load(sys.stdin):
        try:
            compile(src, "<cell>", mode)
            out.append({"ok": True, "dump": d(ast.parse(src, mode=mode).body)})
        except SyntaxError as e:
            out.append({"ok": False, "kind": type(e).__name__, "msg": e.msg,
                        "line": e.lineno or 0, "col": e.offset or 0,
                        "end_line": e.end_lineno or 0, "end_col": e.end_offset or 0})
        except Exception as e:  # ValueError for NUL bytes, etc.
            out.append({"ok": False, "kind": type(e).__name__, "msg": str(e), "line": 0, "col": 0})
    json.dump(out, sys.stdout)


main()
