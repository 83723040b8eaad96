package brian2

import (
	"fmt"
	"sort"
	"strings"
)

// identAlphabet is what Brian's SpellChecker inserts and substitutes.
const identAlphabet = "abcdefghijklmnopqrstuvwxyz0123456789_"

// edits1 are the strings one deletion, transposition, replacement or
// insertion away from word (Norvig's spelling corrector, as Brian's).
func edits1(word string) map[string]bool {
	out := map[string]bool{}
	for i := 0; i <= len(word); i++ {
		a, b := word[:i], word[i:]
		if len(b) > 0 {
			out[a+b[1:]] = true
			for _, c := range identAlphabet {
				out[a+string(c)+b[1:]] = true
			}
		}
		if len(b) > 1 {
			out[a+b[1:2]+b[:1]+b[2:]] = true
		}
		for _, c := range identAlphabet {
			out[a+string(c)+b] = true
		}
	}
	return out
}

// suggest returns the known words one edit from word, else two edits,
// sorted (Brian returns a set).
func suggest(word string, known []string) []string {
	isKnown := map[string]bool{}
	for _, k := range known {
		isKnown[k] = true
	}
	found := map[string]bool{}
	e1 := edits1(word)
	for w := range e1 {
		if isKnown[w] {
			found[w] = true
		}
	}
	if len(found) == 0 {
		for w := range e1 {
			for w2 := range edits1(w) {
				if isKnown[w2] {
					found[w2] = true
				}
			}
		}
	}
	out := make([]string, 0, len(found))
	for w := range found {
		out = append(out, w)
	}
	sort.Strings(out)
	return out
}

// unknownVariableMessage is Brian's AttributeError text for assigning an
// unknown state variable, with its spelling suggestions.
func unknownVariableMessage(name string, known []string) string {
	suffix := ""
	if strings.HasSuffix(name, "_") {
		name, suffix = name[:len(name)-1], "_"
	}
	msg := fmt.Sprintf("Could not find a state variable with name \"%s\".", name)
	switch s := suggest(name, known); len(s) {
	case 0:
	case 1:
		msg += fmt.Sprintf(" Did you mean to write \"%s%s\"?", s[0], suffix)
	default:
		quoted := make([]string, len(s))
		for k, w := range s {
			quoted[k] = "'" + w + suffix + "'"
		}
		msg += " Did you mean to write any of the following: " + strings.Join(quoted, ", ") + " ?"
	}
	return msg + " Use the add_attribute method if you intend to add a new attribute to the object."
}
