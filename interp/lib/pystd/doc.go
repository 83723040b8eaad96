// Package pystd provides Python standard-library modules as native Go
// modules for gobrian's interpreter: math, random, time, os and os.path,
// functools, itertools, collections, copy, json, warnings, string, re,
// textwrap, operator, heapq and bisect.
//
// Modules returns one loader per module; each loader runs once per Session,
// so per-session state (the random generator, warning filters, the regexp
// cache) lives in the loader's closure. Container types that CPython
// implements as classes (defaultdict, Counter, OrderedDict, deque,
// namedtuple classes, partial, re.Pattern and re.Match) are native Go types
// implementing the interp protocols; dict subclasses wrap an *interp.Dict
// so that isinstance(x, dict) holds. The few helpers that must bind as
// methods (the lru_cache wrapper, total_ordering's comparisons) are Python
// functions executed from source when functools loads.
//
// Numerics follow CPython bit for bit where practical: random is CPython's
// MT19937 with its seeding and distribution algorithms; math's exp, log,
// pow, trigonometric and hyperbolic functions reproduce glibc's results
// (correctly rounded evaluation, or fdlibm's formulas where glibc uses
// them); json formats floats with repr.
//
// Regular expressions are translated to Go's RE2 syntax; constructs RE2
// lacks (look-around, back-references, atomic groups, possessive
// quantifiers, conditionals) raise re.error saying they are not supported.
package pystd
