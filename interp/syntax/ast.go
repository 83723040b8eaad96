// The AST of parsed Python source (see doc.go).

package syntax

// Pos is a position in a source file: 1-based line and column (column in
// code points, as CPython reports for carets).
type Pos struct {
	Line, Col int
}

// Node is any AST node.
type Node interface {
	Start() Pos
}

// Expr is an expression node.
type Expr interface {
	Node
	exprNode()
}

// Stmt is a statement node.
type Stmt interface {
	Node
	stmtNode()
}

// At is embedded in every node to carry its start position.
type At struct{ P Pos }

// Start returns the node's position.
func (a At) Start() Pos { return a.P }

// File is a parsed cell or script.
type File struct {
	Name string
	Body []Stmt
	// Lines are the source lines, for tracebacks.
	Lines []string
}

// ---- Expressions ----

type (
	// Name is an identifier.
	Name struct {
		At
		Id string
	}
	// Constant is a literal: nil (None), bool, *big.Int or int64 (int),
	// float64, string (str), or Ellipsis (struct{}).
	Constant struct {
		At
		Value any
		// Kind is "int", "float", "str", "bool", "None", "Ellipsis".
		Kind string
	}
	// JoinedStr is an f-string: a sequence of Constant (str) and FormattedValue.
	JoinedStr struct {
		At
		Values []Expr
	}
	// FormattedValue is {expr!conv:spec} inside an f-string. Conversion is
	// 0, 'r', 's' or 'a'. Spec is nil or a JoinedStr. SelfDoc holds the
	// "expr=" text for f"{x=}" exactly as written (spaces included); the
	// evaluator emits it before the value. As in CPython, a self-documenting
	// field without conversion or spec gets Conversion 'r'.
	FormattedValue struct {
		At
		Value      Expr
		Conversion rune
		Spec       *JoinedStr
		SelfDoc    string
	}
	// Tuple is a, b or (a, b).
	Tuple struct {
		At
		Elts []Expr
	}
	// List is [a, b].
	List struct {
		At
		Elts []Expr
	}
	// Set is {a, b}.
	Set struct {
		At
		Elts []Expr
	}
	// Dict is {k: v, **m}; a nil key marks **m.
	Dict struct {
		At
		Keys   []Expr
		Values []Expr
	}
	// Starred is *x in calls, displays and assignment targets.
	Starred struct {
		At
		Value Expr
	}
	// Attribute is x.name.
	Attribute struct {
		At
		Value Expr
		Attr  string
	}
	// Subscript is x[index]; a multi-dimensional index is a Tuple.
	Subscript struct {
		At
		Value Expr
		Index Expr
	}
	// Slice is lower:upper:step inside a subscript; parts may be nil.
	Slice struct {
		At
		Lower, Upper, Step Expr
	}
	// Call is f(args, *a, k=v, **kw). Starred in Args is *a; a Keyword
	// with empty Name is **kw.
	Call struct {
		At
		Func     Expr
		Args     []Expr
		Keywords []*Keyword
	}
	// BinOp is Left Op Right for + - * / // % ** @ << >> & | ^.
	BinOp struct {
		At
		Left  Expr
		Op    string
		Right Expr
	}
	// UnaryOp is -x, +x, ~x, not x.
	UnaryOp struct {
		At
		Op      string // "-", "+", "~", "not"
		Operand Expr
	}
	// BoolOp is a and b and c / a or b.
	BoolOp struct {
		At
		Op     string // "and" or "or"
		Values []Expr
	}
	// Compare is a < b <= c; Ops are "<", "<=", "==", "!=", ">", ">=",
	// "in", "not in", "is", "is not".
	Compare struct {
		At
		Left        Expr
		Ops         []string
		Comparators []Expr
	}
	// IfExp is body if test else orelse.
	IfExp struct {
		At
		Test, Body, OrElse Expr
	}
	// Lambda is lambda args: body.
	Lambda struct {
		At
		Args *Arguments
		Body Expr
	}
	// Comp is a comprehension: Kind "list", "set", "dict", "gen".
	// For dict comprehensions Elt is the key and Value the value.
	Comp struct {
		At
		Kind       string
		Elt, Value Expr
		Generators []*Comprehension
	}
	// Yield is yield x (Value may be nil).
	Yield struct {
		At
		Value Expr
	}
	// YieldFrom is yield from x.
	YieldFrom struct {
		At
		Value Expr
	}
	// NamedExpr is target := value.
	NamedExpr struct {
		At
		Target *Name
		Value  Expr
	}
	// Await is unsupported but parsed for a clear error.
	Await struct {
		At
		Value Expr
	}
)

// Comprehension is one "for target in iter if cond..." clause.
type Comprehension struct {
	Target Expr
	Iter   Expr
	Ifs    []Expr
}

// Keyword is name=value in a call; Name is "" for **value.
type Keyword struct {
	At
	Name  string
	Value Expr
}

// Arguments is a function's parameter list.
type Arguments struct {
	PosOnly    []*Arg // before /
	Args       []*Arg
	Vararg     *Arg // *args, nil if absent
	KwOnly     []*Arg
	Kwarg      *Arg   // **kwargs
	Defaults   []Expr // for the last len(Defaults) of PosOnly+Args
	KwDefaults []Expr // parallel to KwOnly; nil entries have no default
}

// Arg is one parameter (annotations are parsed and ignored).
type Arg struct {
	At
	Name string
}

func (*Name) exprNode()           {}
func (*Constant) exprNode()       {}
func (*JoinedStr) exprNode()      {}
func (*FormattedValue) exprNode() {}
func (*Tuple) exprNode()          {}
func (*List) exprNode()           {}
func (*Set) exprNode()            {}
func (*Dict) exprNode()           {}
func (*Starred) exprNode()        {}
func (*Attribute) exprNode()      {}
func (*Subscript) exprNode()      {}
func (*Slice) exprNode()          {}
func (*Call) exprNode()           {}
func (*BinOp) exprNode()          {}
func (*UnaryOp) exprNode()        {}
func (*BoolOp) exprNode()         {}
func (*Compare) exprNode()        {}
func (*IfExp) exprNode()          {}
func (*Lambda) exprNode()         {}
func (*Comp) exprNode()           {}
func (*Yield) exprNode()          {}
func (*YieldFrom) exprNode()      {}
func (*NamedExpr) exprNode()      {}
func (*Await) exprNode()          {}

// ---- Statements ----

type (
	// ExprStmt is an expression used as a statement. Semicolon records a
	// trailing ";" (IPython then shows no result for the last line).
	ExprStmt struct {
		At
		Value     Expr
		Semicolon bool
	}
	// Assign is t1 = t2 = value.
	Assign struct {
		At
		Targets []Expr
		Value   Expr
	}
	// AugAssign is target op= value (Op without "=", e.g. "+").
	AugAssign struct {
		At
		Target Expr
		Op     string
		Value  Expr
	}
	// AnnAssign is target: annotation [= value]; the annotation is ignored.
	AnnAssign struct {
		At
		Target Expr
		Value  Expr // may be nil
	}
	// Delete is del a, b.
	Delete struct {
		At
		Targets []Expr
	}
	// Pass, Break, Continue.
	Pass     struct{ At }
	Break    struct{ At }
	Continue struct{ At }
	// Return is return [value].
	Return struct {
		At
		Value Expr
	}
	// Raise is raise [exc [from cause]].
	Raise struct {
		At
		Exc, Cause Expr
	}
	// Global and Nonlocal declare names.
	Global struct {
		At
		Names []string
	}
	Nonlocal struct {
		At
		Names []string
	}
	// If is if/elif/else (elif nests an If in OrElse).
	If struct {
		At
		Test   Expr
		Body   []Stmt
		OrElse []Stmt
	}
	// While is while test: body else: orelse.
	While struct {
		At
		Test   Expr
		Body   []Stmt
		OrElse []Stmt
	}
	// For is for target in iter: body else: orelse.
	For struct {
		At
		Target Expr
		Iter   Expr
		Body   []Stmt
		OrElse []Stmt
	}
	// FunctionDef is def name(args): body, with decorators outermost first.
	FunctionDef struct {
		At
		Name       string
		Args       *Arguments
		Body       []Stmt
		Decorators []Expr
		Doc        string // the docstring, if any
		// IsGenerator is set by the parser when the body yields.
		IsGenerator bool
	}
	// ClassDef is class name(bases, **keywords): body.
	ClassDef struct {
		At
		Name       string
		Bases      []Expr
		Keywords   []*Keyword
		Body       []Stmt
		Decorators []Expr
		Doc        string
	}
	// Try is try/except/else/finally.
	Try struct {
		At
		Body     []Stmt
		Handlers []*ExceptHandler
		OrElse   []Stmt
		Finally  []Stmt
	}
	// With is with a as x, b: body.
	With struct {
		At
		Items []*WithItem
		Body  []Stmt
	}
	// Assert is assert test, msg.
	Assert struct {
		At
		Test, Msg Expr
	}
	// Import is import a.b as c, d.
	Import struct {
		At
		Names []*Alias
	}
	// ImportFrom is from [.]module import names; Names is nil for "*".
	ImportFrom struct {
		At
		Module string
		Level  int
		Names  []*Alias
	}
	// Magic is an IPython line magic (%name args) or shell escape (!cmd);
	// the cell magic %%name appears as the first statement with Cell set to
	// the rest of the cell's source.
	Magic struct {
		At
		Name string
		Args string
		Cell *string
		// Shell is true for "!cmd".
		Shell bool
	}
)

// ExceptHandler is except [type [as name]]: body.
type ExceptHandler struct {
	At
	Type Expr // nil for a bare except
	Name string
	Body []Stmt
}

// WithItem is expr [as target].
type WithItem struct {
	Context Expr
	Target  Expr // may be nil
}

// Alias is name [as asname] in an import.
type Alias struct {
	Name   string
	AsName string
}

func (*ExprStmt) stmtNode()    {}
func (*Assign) stmtNode()      {}
func (*AugAssign) stmtNode()   {}
func (*AnnAssign) stmtNode()   {}
func (*Delete) stmtNode()      {}
func (*Pass) stmtNode()        {}
func (*Break) stmtNode()       {}
func (*Continue) stmtNode()    {}
func (*Return) stmtNode()      {}
func (*Raise) stmtNode()       {}
func (*Global) stmtNode()      {}
func (*Nonlocal) stmtNode()    {}
func (*If) stmtNode()          {}
func (*While) stmtNode()       {}
func (*For) stmtNode()         {}
func (*FunctionDef) stmtNode() {}
func (*ClassDef) stmtNode()    {}
func (*Try) stmtNode()         {}
func (*With) stmtNode()        {}
func (*Assert) stmtNode()      {}
func (*Import) stmtNode()      {}
func (*ImportFrom) stmtNode()  {}
func (*Magic) stmtNode()       {}

// Error is a syntax error as CPython reports it.
type Error struct {
	// Kind is "SyntaxError", "IndentationError" or "TabError".
	Kind string
	Msg  string // CPython 3.11's wording, e.g. "invalid syntax"
	File string
	Pos  Pos
	Text string // the offending source line
	// EndCol, when > Pos.Col, is where the caret run ends (exclusive).
	EndCol int
	// Incomplete is set when the source ended early (open bracket, open
	// block, unterminated triple-quoted string): IsComplete uses it.
	Incomplete bool
}

func (e *Error) Error() string { return e.Kind + ": " + e.Msg }

// Parse parses a cell or script named filename (for errors). Magics (%x,
// %%x, !x) are recognised only when allowMagics. Implemented in parser.go.
func Parse(filename, src string, allowMagics bool) (*File, error) {
	return parse(filename, src, allowMagics)
}

// ParseExpr parses a single expression. Implemented in parser.go.
func ParseExpr(filename, src string) (Expr, error) { return parseExpr(filename, src) }
