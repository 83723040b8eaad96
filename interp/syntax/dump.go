package syntax

import (
	"encoding/json"
	"fmt"
	"math"
	"math/big"
	"strconv"
	"strings"
)

// Dump renders a node (or *File, *Arguments, ...) as a compact
// S-expression, e.g. (Assign [x] (BinOp + 1 y)). Names print bare,
// constants as literals; tests compare dumps.
func Dump(n any) string {
	var b strings.Builder
	dump(&b, n)
	return b.String()
}

func dumpList[T any](b *strings.Builder, xs []T) {
	b.WriteByte('[')
	for i, x := range xs {
		if i > 0 {
			b.WriteByte(' ')
		}
		dump(b, x)
	}
	b.WriteByte(']')
}

func node(b *strings.Builder, name string, parts ...any) {
	b.WriteByte('(')
	b.WriteString(name)
	for _, p := range parts {
		b.WriteByte(' ')
		switch p := p.(type) {
		case string:
			b.WriteString(p)
		case []Expr:
			dumpList(b, p)
		case []Stmt:
			dumpList(b, p)
		default:
			dump(b, p)
		}
	}
	b.WriteByte(')')
}

func dump(b *strings.Builder, n any) {
	switch n := n.(type) {
	case nil:
		b.WriteString("nil")
	case *File:
		dumpList(b, n.Body)
	case *Name:
		b.WriteString(n.Id)
	case *Constant:
		switch v := n.Value.(type) {
		case nil:
			b.WriteString("None")
		case bool:
			b.WriteString(map[bool]string{true: "True", false: "False"}[v])
		case int64:
			b.WriteString(strconv.FormatInt(v, 10))
		case *big.Int:
			b.WriteString(v.String())
		case float64:
			b.WriteString(floatRepr(v))
		case string:
			b.WriteString(quote(v))
		default:
			b.WriteString("...")
		}
	case *JoinedStr:
		node(b, "JoinedStr", n.Values)
	case *FormattedValue:
		parts := []any{n.Value}
		if n.Conversion != 0 {
			parts = append(parts, "!"+string(n.Conversion))
		}
		if n.Spec != nil {
			parts = append(parts, n.Spec)
		}
		if n.SelfDoc != "" {
			parts = append(parts, "selfdoc="+quote(n.SelfDoc))
		}
		node(b, "Fmt", parts...)
	case *Tuple:
		node(b, "Tuple", n.Elts)
	case *List:
		node(b, "List", n.Elts)
	case *Set:
		node(b, "Set", n.Elts)
	case *Dict:
		node(b, "Dict", n.Keys, n.Values)
	case *Starred:
		node(b, "Starred", n.Value)
	case *Attribute:
		node(b, "Attr", n.Value, n.Attr)
	case *Subscript:
		node(b, "Sub", n.Value, n.Index)
	case *Slice:
		node(b, "Slice", n.Lower, n.Upper, n.Step)
	case *Call:
		parts := []any{n.Func, n.Args}
		for _, k := range n.Keywords {
			parts = append(parts, k)
		}
		node(b, "Call", parts...)
	case *Keyword:
		if n.Name == "" {
			node(b, "**", n.Value)
		} else {
			node(b, "=", n.Name, n.Value)
		}
	case *BinOp:
		node(b, "BinOp", n.Op, n.Left, n.Right)
	case *UnaryOp:
		node(b, "Unary", n.Op, n.Operand)
	case *BoolOp:
		node(b, "BoolOp", n.Op, n.Values)
	case *Compare:
		parts := []any{n.Left}
		for i, op := range n.Ops {
			parts = append(parts, quote(op), n.Comparators[i])
		}
		node(b, "Compare", parts...)
	case *IfExp:
		node(b, "IfExp", n.Test, n.Body, n.OrElse)
	case *Lambda:
		node(b, "Lambda", n.Args, n.Body)
	case *Comp:
		parts := []any{n.Kind, n.Elt}
		if n.Value != nil {
			parts = append(parts, n.Value)
		}
		for _, g := range n.Generators {
			parts = append(parts, g)
		}
		node(b, "Comp", parts...)
	case *Comprehension:
		node(b, "for", n.Target, n.Iter, n.Ifs)
	case *Yield:
		node(b, "Yield", n.Value)
	case *YieldFrom:
		node(b, "YieldFrom", n.Value)
	case *NamedExpr:
		node(b, "Walrus", n.Target, n.Value)
	case *Await:
		node(b, "Await", n.Value)
	case *Arguments:
		dumpArgs(b, n)
	case *Arg:
		b.WriteString(n.Name)
	case *ExprStmt:
		if n.Semicolon {
			node(b, "Expr;", n.Value)
		} else {
			node(b, "Expr", n.Value)
		}
	case *Assign:
		node(b, "Assign", n.Targets, n.Value)
	case *AugAssign:
		node(b, "AugAssign", n.Target, n.Op, n.Value)
	case *AnnAssign:
		node(b, "AnnAssign", n.Target, n.Value)
	case *Delete:
		node(b, "Del", n.Targets)
	case *Pass:
		b.WriteString("(Pass)")
	case *Break:
		b.WriteString("(Break)")
	case *Continue:
		b.WriteString("(Continue)")
	case *Return:
		node(b, "Return", n.Value)
	case *Raise:
		node(b, "Raise", n.Exc, n.Cause)
	case *Global:
		node(b, "Global", strings.Join(n.Names, " "))
	case *Nonlocal:
		node(b, "Nonlocal", strings.Join(n.Names, " "))
	case *If:
		node(b, "If", n.Test, n.Body, n.OrElse)
	case *While:
		node(b, "While", n.Test, n.Body, n.OrElse)
	case *For:
		node(b, "For", n.Target, n.Iter, n.Body, n.OrElse)
	case *FunctionDef:
		parts := []any{n.Name, n.Args, n.Body}
		if len(n.Decorators) > 0 {
			parts = append(parts, "@", n.Decorators)
		}
		if n.IsGenerator {
			parts = append(parts, "gen")
		}
		if n.Doc != "" {
			parts = append(parts, "doc="+quote(n.Doc))
		}
		node(b, "Def", parts...)
	case *ClassDef:
		parts := []any{n.Name, n.Bases}
		for _, k := range n.Keywords {
			parts = append(parts, k)
		}
		parts = append(parts, n.Body)
		if len(n.Decorators) > 0 {
			parts = append(parts, "@", n.Decorators)
		}
		if n.Doc != "" {
			parts = append(parts, "doc="+quote(n.Doc))
		}
		node(b, "Class", parts...)
	case *Try:
		parts := []any{n.Body}
		for _, h := range n.Handlers {
			parts = append(parts, h)
		}
		node(b, "Try", append(parts, n.OrElse, n.Finally)...)
	case *ExceptHandler:
		node(b, "except", n.Type, n.Name, n.Body)
	case *With:
		parts := []any{}
		for _, it := range n.Items {
			parts = append(parts, it)
		}
		node(b, "With", append(parts, n.Body)...)
	case *WithItem:
		node(b, "item", n.Context, n.Target)
	case *Assert:
		node(b, "Assert", n.Test, n.Msg)
	case *Import:
		parts := []any{}
		for _, a := range n.Names {
			parts = append(parts, a)
		}
		node(b, "Import", parts...)
	case *ImportFrom:
		parts := []any{strings.Repeat(".", n.Level) + n.Module}
		if n.Names == nil {
			parts = append(parts, "*")
		}
		for _, a := range n.Names {
			parts = append(parts, a)
		}
		node(b, "From", parts...)
	case *Alias:
		if n.AsName != "" {
			b.WriteString(n.Name + " as " + n.AsName)
		} else {
			b.WriteString(n.Name)
		}
	case *Magic:
		kind := "Magic"
		if n.Shell {
			kind = "Shell"
		}
		parts := []any{quote(n.Name), quote(n.Args)}
		if n.Cell != nil {
			parts = append(parts, quote(*n.Cell))
		}
		node(b, kind, parts...)
	default:
		fmt.Fprintf(b, "<%T>", n)
	}
}

func dumpArgs(b *strings.Builder, a *Arguments) {
	var parts []string
	for _, x := range a.PosOnly {
		parts = append(parts, x.Name)
	}
	if len(a.PosOnly) > 0 {
		parts = append(parts, "/")
	}
	for _, x := range a.Args {
		parts = append(parts, x.Name)
	}
	if a.Vararg != nil {
		parts = append(parts, "*"+a.Vararg.Name)
	} else if len(a.KwOnly) > 0 {
		parts = append(parts, "*")
	}
	for i, x := range a.KwOnly {
		s := x.Name
		if a.KwDefaults[i] != nil {
			s += "=" + Dump(a.KwDefaults[i])
		}
		parts = append(parts, s)
	}
	if a.Kwarg != nil {
		parts = append(parts, "**"+a.Kwarg.Name)
	}
	b.WriteString("(args")
	for _, p := range parts {
		b.WriteString(" " + p)
	}
	if len(a.Defaults) > 0 {
		b.WriteString(" defaults=")
		dumpList(b, a.Defaults)
	}
	b.WriteByte(')')
}

// quote renders a string as JSON does, which the differential test's
// Python side reproduces with json.dumps.
func quote(s string) string {
	var b strings.Builder
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false)
	_ = enc.Encode(s)
	return strings.TrimSuffix(b.String(), "\n")
}

// floatRepr formats a float as Python's repr does.
func floatRepr(v float64) string {
	switch {
	case math.IsInf(v, 1):
		return "inf"
	case math.IsInf(v, -1):
		return "-inf"
	case math.IsNaN(v):
		return "nan"
	}
	e := strconv.FormatFloat(v, 'e', -1, 64)
	exp, _ := strconv.Atoi(e[strings.IndexByte(e, 'e')+1:])
	if exp < -4 || exp >= 16 {
		mant, ex, _ := strings.Cut(e, "e")
		if len(ex) == 2 {
			ex = ex[:1] + "0" + ex[1:]
		}
		return mant + "e" + ex
	}
	s := strconv.FormatFloat(v, 'f', -1, 64)
	if !strings.Contains(s, ".") {
		s += ".0"
	}
	return s
}
