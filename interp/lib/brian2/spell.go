package brian2

import (
	"fmt"
	"sort"
	"strings"
)

// suggest returns the known words one edit (deletion, transposition,
// replacement, insertion) from word, else those two edits away, sorted:
// the suggestions of Brian's SpellChecker (which returns a set).
func suggest(word string, known []string) []string {
	var one, two []string
	for _, k := range known {
		switch editDistance(word, k) {
		case 1:
			one = append(one, k)
		case 2:
			two = append(two, k)
		}
	}
	if len(one) == 0 {
		one = two
	}
	sort.Strings(one)
	return one
}

// editDistance is the optimal-string-alignment distance (Levenshtein
// plus transpositions of adjacent characters).
func editDistance(a, b string) int {
	prev2 := make([]int, len(b)+1)
	prev := make([]int, len(b)+1)
	cur := make([]int, len(b)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(a); i++ {
		cur[0] = i
		for j := 1; j <= len(b); j++ {
			cost := 1
			if a[i-1] == b[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
			if i > 1 && j > 1 && a[i-1] == b[j-2] && a[i-2] == b[j-1] {
				cur[j] = min(cur[j], prev2[j-2]+1)
			}
		}
		prev2, prev, cur = prev, cur, prev2
	}
	return prev[len(b)]
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
