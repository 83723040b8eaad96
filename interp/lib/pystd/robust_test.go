package pystd_test

import (
	"strconv"
	"strings"
	"testing"
)

// TestBadInputRaisesPythonErrors feeds wrong types and values to every
// module: each call must raise an ordinary Python exception, never a
// SystemError (a recovered Go panic).
func TestBadInputRaisesPythonErrors(t *testing.T) {
	calls := []string{
		"math.sqrt(None)", "math.log('x')", "math.factorial([])", "math.gcd(1.5)", "math.comb('a', 1)",
		"math.fsum([1, 'a'])", "math.prod(3)", "math.isclose()", "math.ldexp(1, 'a')", "math.floor('x')",
		"random.choice(5)", "random.randint('a', 2)", "random.sample({1, 2}, 1)", "random.shuffle(5)",
		"random.seed([1])", "random.choices([], k=2)", "random.Random([])", "random.uniform('a', 1)",
		"time.sleep('x')", "time.sleep(-1)", "time.strftime(5)", "time.gmtime('x')",
		"os.listdir(5)", "os.path.join(1, 2)", "os.path.basename(None)", "os.remove('/nonexistent/x')",
		"functools.reduce(None, [1, 2])", "functools.partial()", "functools.partial(5)", "functools.lru_cache('x')",
		"functools.total_ordering(5)", "itertools.islice([], -1)", "itertools.count('a')", "itertools.chain(5).__next__",
		"list(itertools.chain(5))", "list(itertools.product(5))", "itertools.permutations([1], -1)",
		"collections.namedtuple('1x', 'a')", "collections.namedtuple('P', 5)", "collections.deque(5)",
		"collections.deque([], maxlen=-1)", "collections.deque([])[0]", "collections.deque([1])['a']",
		"collections.defaultdict(5)", "collections.Counter(5)", "collections.OrderedDict(5)",
		"collections.OrderedDict().move_to_end('x')", "collections.Counter('ab') + 5",
		"copy.deepcopy()", "json.dumps(object())", "json.loads(5)", "json.loads('[')", "json.dumps({(1,): 2})",
		"json.dumps([], indent='x', separators=5)", "warnings.warn('x', 5)", "warnings.simplefilter('x')",
		"warnings.filterwarnings('ignore', category=5)", "string.capwords(5)", "string.Template(5)",
		"string.Template('$').substitute()", "re.compile(5)", "re.compile('(')", "re.compile('[a')",
		"re.match('a', 5)", "re.sub('a', 5, 'a')", "re.sub('(a)', r'\\2', 'a')", "re.match('(a)', 'a').group(5)",
		"re.match('(a)', 'a').group('x')", "re.compile('a{1,2')", "re.escape(5)", "textwrap.wrap(5)",
		"textwrap.wrap('a b', 0)", "textwrap.dedent(5)", "textwrap.indent('a', 5)", "textwrap.shorten('a b c', 1)",
		"operator.itemgetter()", "operator.itemgetter(5)([])", "operator.attrgetter(5)", "operator.add(1)",
	}
	var src strings.Builder
	src.WriteString("import math, random, time, os, os.path, functools, itertools, collections, copy, json, warnings, string, re, textwrap, operator\n")
	for _, c := range calls {
		src.WriteString("try:\n    " + c + "\nexcept Exception as e:\n    print(" + strconv.Quote(c) + ", type(e).__name__)\nelse:\n    print(" + strconv.Quote(c) + ", 'ok')\n")
	}
	out, _, res := run(t, "robust.py", src.String())
	if res.Error != nil {
		t.Fatalf("raised %s: %s\n%s", res.Error.Ename, res.Error.Evalue, strings.Join(res.Error.Traceback, "\n"))
	}
	for _, line := range strings.Split(strings.TrimSpace(out), "\n") {
		if strings.HasSuffix(line, "SystemError") {
			t.Errorf("Go panic or non-Python error: %s", line)
		}
	}
	if n := strings.Count(out, "\n"); n != len(calls) {
		t.Errorf("got %d result lines for %d calls", n, len(calls))
	}
}
