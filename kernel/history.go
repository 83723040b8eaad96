package kernel

import (
	"encoding/json"
	"regexp"
	"strings"
	"sync"
)

// historySession is the session number history entries carry; history
// lives in memory, one session per kernel process.
const historySession = 1

// history is the In/Out record of the cells run with store_history.
type history struct {
	mu      sync.Mutex
	entries []historyEntry
}

type historyEntry struct {
	line   int
	input  string
	output *string // text/plain of the result, nil when none
}

func (h *history) add(line int, input string, output *string) {
	h.mu.Lock()
	defer h.mu.Unlock()
	h.entries = append(h.entries, historyEntry{line: line, input: input, output: output})
}

type historyRequest struct {
	Output         bool   `json:"output"`
	Raw            bool   `json:"raw"`
	HistAccessType string `json:"hist_access_type"`
	Session        int    `json:"session"`
	Start          int    `json:"start"`
	Stop           *int   `json:"stop"`
	N              *int   `json:"n"`
	Pattern        string `json:"pattern"`
	Unique         bool   `json:"unique"`
}

// query selects entries as IPython's HistoryManager does: tail (last n),
// range (lines start..stop-1 of a session) and search (glob over the whole
// source, last n matches, optionally unique).
func (h *history) query(req historyRequest) []historyEntry {
	h.mu.Lock()
	all := append([]historyEntry(nil), h.entries...)
	h.mu.Unlock()
	switch req.HistAccessType {
	case "tail":
		return lastN(all, req.N)
	case "range":
		if req.Session > 0 && req.Session != historySession {
			return nil
		}
		var out []historyEntry
		for _, e := range all {
			if e.line >= req.Start && (req.Stop == nil || e.line < *req.Stop) {
				out = append(out, e)
			}
		}
		return out
	case "search":
		pattern := req.Pattern
		if pattern == "" {
			pattern = "*"
		}
		re := globRegexp(pattern)
		var out []historyEntry
		seen := map[string]bool{}
		for i := len(all) - 1; i >= 0; i-- {
			e := all[i]
			if !re.MatchString(e.input) || (req.Unique && seen[e.input]) {
				continue
			}
			seen[e.input] = true
			out = append(out, e)
			if req.N != nil && *req.N > 0 && len(out) == *req.N {
				break
			}
		}
		for i, j := 0, len(out)-1; i < j; i, j = i+1, j-1 {
			out[i], out[j] = out[j], out[i]
		}
		return out
	}
	return nil
}

func lastN(all []historyEntry, n *int) []historyEntry {
	if n == nil || *n >= len(all) {
		return all
	}
	if *n <= 0 {
		return nil
	}
	return all[len(all)-*n:]
}

// globRegexp translates an SQLite GLOB pattern (*, ?, [...]) to a regexp
// matching the whole text.
func globRegexp(glob string) *regexp.Regexp {
	var b strings.Builder
	b.WriteString(`(?s)\A`)
	for i := 0; i < len(glob); i++ {
		switch c := glob[i]; c {
		case '*':
			b.WriteString(".*")
		case '?':
			b.WriteString(".")
		case '[':
			if j := strings.IndexByte(glob[i+1:], ']'); j >= 0 {
				class := glob[i+1 : i+1+j]
				if strings.HasPrefix(class, "^") {
					class = "^" + regexp.QuoteMeta(class[1:])
				} else {
					class = regexp.QuoteMeta(class)
				}
				b.WriteString("[" + strings.ReplaceAll(class, `\-`, "-") + "]")
				i += j + 1
				continue
			}
			b.WriteString(`\[`)
		default:
			b.WriteString(regexp.QuoteMeta(string(c)))
		}
	}
	b.WriteString(`\z`)
	re, err := regexp.Compile(b.String())
	if err != nil {
		return regexp.MustCompile(regexp.QuoteMeta(glob))
	}
	return re
}

func (k *Kernel) historyRequest(r *router, m *Message) {
	var req historyRequest
	if !k.decode(r, m, &req) {
		return
	}
	entries := k.history.query(req)
	rows := make([]any, len(entries))
	for i, e := range entries {
		var item any = e.input
		if req.Output {
			var out any
			if e.output != nil {
				out = *e.output
			}
			item = []any{e.input, out}
		}
		rows[i] = []any{historySession, e.line, item}
	}
	k.reply(r, m, "history_reply", map[string]any{"status": "ok", "history": json.RawMessage(mustJSON(rows))})
}

func mustJSON(v any) []byte {
	b, err := json.Marshal(v)
	if err != nil {
		return []byte("[]")
	}
	return b
}
