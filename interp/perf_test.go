package interp

import (
	"context"
	"testing"
)

// mkInt must produce ordinary Int values at and around the cache bounds,
// and box cached ones without allocating.
func TestMkIntBoxing(t *testing.T) {
	for _, i := range []int64{smallIntMin - 1, smallIntMin, -1, 0, 1, 255, 256, 4096, smallIntMax - 1, smallIntMax, 1 << 40} {
		v := mkInt(i)
		got, ok := v.(Int)
		if !ok || int64(got) != i {
			t.Fatalf("mkInt(%d) = %#v", i, v)
		}
		if v != Value(Int(i)) {
			t.Fatalf("mkInt(%d) != Int(%d) as interfaces", i, i)
		}
		h1, err1 := Hash(nil, v)
		h2, err2 := Hash(nil, Int(i))
		if err1 != nil || err2 != nil || h1 != h2 {
			t.Fatalf("hash of mkInt(%d) differs: %d %d", i, h1, h2)
		}
	}
	var sink Value
	if n := testing.AllocsPerRun(100, func() { sink = mkInt(100000) }); n != 0 {
		t.Fatalf("mkInt(100000) allocates %v times", n)
	}
	_ = sink
}

// The inline caches must see changes made while a loop runs: here a
// method is replaced mid-loop and an attribute turned into a property.
func TestAttrCacheInvalidation(t *testing.T) {
	src := `
class C:
    def m(self):
        return 1
c = C()
out = []
for i in range(4):
    out.append(c.m())
    if i == 1:
        C.m = lambda self: 2
c.v = 0
for i in range(3):
    c.v += 10
    if i == 0:
        C.v = property(lambda self: 7, lambda self, x: None)
print(out, c.v, c.__dict__['v'])
`
	s := NewSession(Options{})
	out := &recorder{}
	res := s.Execute(context.Background(), src, out, ExecOptions{})
	if res.Error != nil {
		t.Fatal(res.Error.Traceback)
	}
	if got, want := out.stdout.String(), "[1, 1, 2, 2] 7 10\n"; got != want {
		t.Fatalf("got %q, want %q", got, want)
	}
}
