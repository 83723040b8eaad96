# f-strings and format(): specs, conversions, nesting, user __format__.
x = 3.14159
n = 1234567
name = "Ann"
w, p = 12, 3
print(f"{x:.2f}|{x:10.3e}|{x:<10g}|{x:+.1%}")
print(f"{n:,}|{n:_}|{n:#x}|{n:>12_d}|{-n:012,}")
print(f"{name!r:>8}|{name:*^9}|{name!s}|{name!a}")
print(f"{x:{w}.{p}f}|{x=}|{n = :,}")
print(f"{{literal}} {x!r} {1e16} {1e-5} {100.0} {-0.0}")
print(format(0.1, ".3"), format(1e16, ""), format(1234.5, ",.2f"), format(True, "5"))
print(format(255, "08b"), format(-42, "+"), format(float("inf"), "010"), format(None, ""))


class Temp:
    def __init__(self, v):
        self.v = v

    def __format__(self, spec):
        return format(self.v, spec) + " K"

    def __str__(self):
        return "Temp(" + str(self.v) + ")"

    def __repr__(self):
        return "Temp<" + repr(self.v) + ">"


t = Temp(273.15)
print(f"{t:.1f}", "{:8.2f}".format(t), format(t, ".0f"), f"{t}", f"{t!r}", "%s %r" % (t, t))
print("{0.v} {0.v:.1f}".format(t), "{t.v:>10}".format(t=t))
for spec in ["", "10", "<10", "^10", ".3"]:
    print(repr(format("abcdef", spec)))
