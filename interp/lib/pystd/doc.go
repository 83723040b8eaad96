// Package pystd provides Python standard-library modules as native Go
// modules for gobrian's interpreter: math, random, time, os and os.path,
// functools, itertools, collections, copy, json, warnings, string, re and
// textwrap.
//
// Modules returns one loader per module; each loader runs once per Session,
// so per-session state (the random generator, warning filters) lives in the
// loader's closure. Container types that CPython implements as classes
// (defaultdict, Counter, OrderedDict, deque, namedtuple classes, partial,
// re.Match) are native Go types implementing the interp protocols.
package pystd
