package kernel

import (
	"reflect"
	"testing"
)

func TestColorTraceback(t *testing.T) {
	got := ColorTraceback(ErrorInfo{Ename: "ZeroDivisionError", Evalue: "division by zero", Traceback: []string{
		"Traceback (most recent call last):",
		`  File "<ipython-input-3>", line 4, in <module>`,
		"    y = f(0)",
		`  File "<ipython-input-3>", line 2, in f`,
		"    return 1/x",
		`  File "/lib/mod.py", line 9, in g`,
		"ZeroDivisionError: division by zero",
	}})
	want := []string{
		"\x1b[0;31m---------------------------------------------------------------------------\x1b[0m",
		"\x1b[0;31mZeroDivisionError\x1b[0m                         Traceback (most recent call last)",
		"Cell \x1b[0;32mIn[3], line 4\x1b[0m\n\x1b[0;32m----> 4\x1b[0m y = f(0)\n",
		"Cell \x1b[0;32mIn[3], line 2\x1b[0m, in \x1b[0;36mf\x1b[0m\n\x1b[0;32m----> 2\x1b[0m return 1/x\n",
		"File \x1b[0;32m/lib/mod.py:9\x1b[0m, in \x1b[0;36mg\x1b[0m\n",
		"\x1b[0;31mZeroDivisionError\x1b[0m: division by zero",
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("got\n%q\nwant\n%q", got, want)
	}
}

func TestColorTracebackSyntaxErrorCaret(t *testing.T) {
	got := ColorTraceback(ErrorInfo{Ename: "SyntaxError", Evalue: "'(' was never closed", Traceback: []string{
		`  File "<ipython-input-2>", line 1`,
		"    x = (1,",
		"        ^",
		"SyntaxError: '(' was never closed",
	}})
	want := []string{
		"Cell \x1b[0;32mIn[2], line 1\x1b[0m\n\x1b[0;32m----> 1\x1b[0m x = (1,\n            ^\n",
		"\x1b[0;31mSyntaxError\x1b[0m: '(' was never closed",
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("got\n%q\nwant\n%q", got, want)
	}
	if got := ColorTraceback(ErrorInfo{Ename: "KeyboardInterrupt"}); !reflect.DeepEqual(got, []string{"\x1b[0;31mKeyboardInterrupt\x1b[0m: "}) {
		t.Errorf("bare = %q", got)
	}
}
