package display

import (
	"strings"
	"unicode"
)

// textRun is a piece of a label in one style at one baseline.
type textRun struct {
	s     string
	style fontStyle
	scale float64 // relative to the label's font size
	dy    float64 // baseline shift in units of the label's font size
}

// parseLabel splits a label into runs, rendering $...$ spans as mathtext
// (Greek, \mathrm, sub/superscripts, common symbols) in plain Unicode.
// It never fails: anything unknown is shown literally.
func parseLabel(s string, bold bool) []textRun {
	base := styleRegular
	if bold {
		base = styleBold
	}
	parts := splitDollars(s)
	if len(parts)%2 == 0 { // unbalanced '$': show as-is
		return []textRun{{s: strings.ReplaceAll(s, `\$`, "$"), style: base, scale: 1}}
	}
	var runs []textRun
	for i, p := range parts {
		if p == "" {
			continue
		}
		if i%2 == 0 {
			runs = appendRun(runs, textRun{s: strings.ReplaceAll(p, `\$`, "$"), style: base, scale: 1})
			continue
		}
		m := &mathParser{src: []rune(p)}
		runs = append(runs, m.parseGroupUntil(0, mathState{scale: 1, italic: true})...)
	}
	return mergeRuns(runs)
}

// splitDollars splits on unescaped '$'.
func splitDollars(s string) []string {
	var parts []string
	var cur strings.Builder
	for i := 0; i < len(s); i++ {
		if s[i] == '\\' && i+1 < len(s) && s[i+1] == '$' {
			cur.WriteString(`\$`)
			i++
			continue
		}
		if s[i] == '$' {
			parts = append(parts, cur.String())
			cur.Reset()
			continue
		}
		cur.WriteByte(s[i])
	}
	return append(parts, cur.String())
}

func appendRun(runs []textRun, r textRun) []textRun {
	if r.s == "" {
		return runs
	}
	return append(runs, r)
}

func mergeRuns(runs []textRun) []textRun {
	var out []textRun
	for _, r := range runs {
		if n := len(out); n > 0 && out[n-1].style == r.style && out[n-1].scale == r.scale && out[n-1].dy == r.dy {
			out[n-1].s += r.s
			continue
		}
		out = append(out, r)
	}
	return out
}

type mathState struct {
	scale  float64
	dy     float64
	italic bool
	bold   bool
}

func (st mathState) style(italic bool) fontStyle {
	switch {
	case st.bold:
		return styleBold
	case italic && st.italic:
		return styleOblique
	}
	return styleRegular
}

type mathParser struct {
	src []rune
	pos int
}

var mathSymbols = map[string]string{
	"alpha": "α", "beta": "β", "gamma": "γ", "delta": "δ", "epsilon": "ε", "varepsilon": "ε",
	"zeta": "ζ", "eta": "η", "theta": "θ", "vartheta": "ϑ", "iota": "ι", "kappa": "κ",
	"lambda": "λ", "mu": "μ", "nu": "ν", "xi": "ξ", "pi": "π", "rho": "ρ", "sigma": "σ",
	"tau": "τ", "upsilon": "υ", "phi": "ϕ", "varphi": "φ", "chi": "χ", "psi": "ψ", "omega": "ω",
	"Gamma": "Γ", "Delta": "Δ", "Theta": "Θ", "Lambda": "Λ", "Xi": "Ξ", "Pi": "Π",
	"Sigma": "Σ", "Upsilon": "Υ", "Phi": "Φ", "Psi": "Ψ", "Omega": "Ω",
	"pm": "±", "mp": "∓", "times": "×", "cdot": "·", "circ": "∘", "infty": "∞", "leq": "≤",
	"le": "≤", "geq": "≥", "ge": "≥", "neq": "≠", "ne": "≠", "approx": "≈", "sim": "∼",
	"simeq": "≃", "propto": "∝", "rightarrow": "→", "to": "→", "leftarrow": "←",
	"Rightarrow": "⇒", "leftrightarrow": "↔", "partial": "∂", "nabla": "∇", "sum": "∑",
	"int": "∫", "prod": "∏", "degree": "°", "ell": "ℓ", "hbar": "ħ", "langle": "⟨",
	"rangle": "⟩", "ldots": "…", "dots": "…", "cdots": "⋯", "prime": "′", "star": "⋆",
	"ast": "∗", "div": "÷", "in": "∈", "forall": "∀", "exists": "∃", "emptyset": "∅",
	"sqrt": "√", "%": "%", "$": "$", "_": "_", "#": "#", "&": "&", "{": "{", "}": "}",
	"log": "log", "exp": "exp", "sin": "sin", "cos": "cos", "tan": "tan", "ln": "ln",
	"max": "max", "min": "min", "lim": "lim",
	"AA": "Å", "angstrom": "Å", "perp": "⊥", "parallel": "∥", "cap": "∩", "cup": "∪",
	"uparrow": "↑", "downarrow": "↓", "bullet": "∙", "vert": "|", "|": "‖", "backslash": "\\",
}

var mathSpaces = map[string]string{
	",": "\u2009", ";": " ", ":": " ", "!": "", "quad": "\u2003", "qquad": "\u2003\u2003", " ": " ",
}

// parseGroupUntil parses until the closing rune (0 = end of input).
func (m *mathParser) parseGroupUntil(closer rune, st mathState) []textRun {
	var runs []textRun
	for m.pos < len(m.src) {
		c := m.src[m.pos]
		if closer != 0 && c == closer {
			m.pos++
			return runs
		}
		switch c {
		case '_', '^':
			m.pos++
			sub := st
			sub.scale = st.scale * 0.7
			if c == '_' {
				sub.dy = st.dy - 0.2*st.scale
			} else {
				sub.dy = st.dy + 0.4*st.scale
			}
			runs = append(runs, m.parseAtom(sub)...)
		case ' ', '\t', '\n':
			m.pos++
		default:
			runs = append(runs, m.parseAtom(st)...)
		}
	}
	return runs
}

// parseAtom parses one group, command or character.
func (m *mathParser) parseAtom(st mathState) []textRun {
	if m.pos >= len(m.src) {
		return nil
	}
	c := m.src[m.pos]
	switch {
	case c == '{':
		m.pos++
		return m.parseGroupUntil('}', st)
	case c == '\\':
		return m.parseCommand(st)
	case c == '-':
		m.pos++
		return []textRun{{s: "\u2212", style: st.style(false), scale: st.scale, dy: st.dy}}
	case unicode.IsLetter(c):
		m.pos++
		return []textRun{{s: string(c), style: st.style(true), scale: st.scale, dy: st.dy}}
	default:
		m.pos++
		if c == '}' {
			return nil
		}
		return []textRun{{s: string(c), style: st.style(false), scale: st.scale, dy: st.dy}}
	}
}

func (m *mathParser) parseCommand(st mathState) []textRun {
	m.pos++ // backslash
	start := m.pos
	for m.pos < len(m.src) && unicode.IsLetter(m.src[m.pos]) {
		m.pos++
	}
	if m.pos == start && m.pos < len(m.src) {
		m.pos++ // single-character command such as \, or \%
	}
	name := string(m.src[start:m.pos])
	run := func(s string, italic bool) []textRun {
		return []textRun{{s: s, style: st.style(italic), scale: st.scale, dy: st.dy}}
	}
	switch name {
	case "mathrm", "mathdefault", "text", "textrm", "rm", "mathsf", "operatorname", "mathregular":
		up := st
		up.italic = false
		return m.parseArg(up)
	case "mathit", "textit", "it":
		it := st
		it.italic = true
		return m.parseArg(it)
	case "mathbf", "textbf", "bf", "boldsymbol":
		b := st
		b.bold = true
		return m.parseArg(b)
	case "frac", "dfrac", "tfrac":
		num := m.parseArg(st)
		den := m.parseArg(st)
		out := append(num, run("/", false)...)
		return append(out, den...)
	case "left", "right", "big", "Big", "bigg", "Bigg", "displaystyle", "limits":
		return nil
	case "sqrt":
		return append(run("√", false), m.parseArg(st)...)
	case "hat", "bar", "vec", "dot", "tilde", "overline":
		return m.parseArg(st)
	}
	if sp, ok := mathSpaces[name]; ok {
		return run(sp, false)
	}
	if sym, ok := mathSymbols[name]; ok {
		r := []rune(sym)
		italic := len(r) == 1 && unicode.IsLower(r[0]) && unicode.Is(unicode.Greek, r[0])
		return run(sym, italic)
	}
	return run(name, false)
}

// parseArg parses a command argument: a {group} or a single atom.
func (m *mathParser) parseArg(st mathState) []textRun {
	for m.pos < len(m.src) && m.src[m.pos] == ' ' {
		m.pos++
	}
	if m.pos < len(m.src) && m.src[m.pos] == '{' {
		m.pos++
		return m.parseGroupUntil('}', st)
	}
	return m.parseAtom(st)
}
