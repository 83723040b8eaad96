package kernel

import (
	"encoding/json"
	"fmt"
	"runtime/debug"
	"unicode/utf8"
)

// serve handles the requests of one socket in order; shell and control
// each have their own goroutine, so control answers while a cell runs.
func (k *Kernel) serve(r *router) {
	defer k.workers.Done()
	for {
		select {
		case <-k.ctx.Done():
			return
		case m := <-r.in:
			k.handle(r, m)
		}
	}
}

// handle runs one request between busy and idle status messages. A panic
// in a handler becomes an error reply and the kernel carries on.
func (k *Kernel) handle(r *router, m *Message) {
	h, ok := k.handlerFor(r, m.Header.MsgType)
	if !ok {
		k.log.Printf("%s: unknown message type %q ignored", r.name, m.Header.MsgType)
		return
	}
	k.publish(m, "status", map[string]any{"execution_state": "busy"})
	defer k.publish(m, "status", map[string]any{"execution_state": "idle"})
	defer func() {
		if p := recover(); p != nil {
			k.log.Printf("%s: panic handling %s: %v\n%s", r.name, m.Header.MsgType, p, debug.Stack())
			k.reply(r, m, replyType(m.Header.MsgType), errorContent(&ErrorInfo{
				Ename: "SystemError", Evalue: fmt.Sprintf("internal kernel error: %v", p),
			}, 0))
		}
	}()
	h(r, m)
}

type handler func(r *router, m *Message)

func (k *Kernel) handlerFor(r *router, msgType string) (handler, bool) {
	switch msgType {
	case "kernel_info_request":
		return k.kernelInfo, true
	case "shutdown_request":
		return k.shutdown, true
	case "interrupt_request":
		return k.interrupt, true
	case "execute_request":
		if r == k.shell {
			return k.execute, true
		}
	case "complete_request":
		return k.complete, true
	case "inspect_request":
		return k.inspect, true
	case "is_complete_request":
		return k.isComplete, true
	case "history_request":
		return k.historyRequest, true
	case "comm_info_request":
		return k.commInfo, true
	case "comm_open":
		return k.commOpen, true
	case "comm_msg", "comm_close":
		return func(*router, *Message) {}, true
	}
	return nil, false
}

func replyType(req string) string {
	if n := len(req) - len("_request"); n > 0 && req[n:] == "_request" {
		return req[:n] + "_reply"
	}
	return req + "_reply"
}

// decode unmarshals m's content, answering a malformed request with an
// error reply.
func (k *Kernel) decode(r *router, m *Message, v any) bool {
	if err := json.Unmarshal(m.Content, v); err != nil {
		k.reply(r, m, replyType(m.Header.MsgType), errorContent(&ErrorInfo{
			Ename: "ValueError", Evalue: fmt.Sprintf("malformed %s: %v", m.Header.MsgType, err),
		}, 0))
		return false
	}
	return true
}

func (k *Kernel) kernelInfo(r *router, m *Message) {
	info := k.cfg.Info
	links := info.HelpLinks
	if links == nil {
		links = []HelpLink{}
	}
	k.reply(r, m, "kernel_info_reply", map[string]any{
		"status":                 "ok",
		"protocol_version":       ProtocolVersion,
		"implementation":         info.Implementation,
		"implementation_version": info.ImplementationVersion,
		"language_info": map[string]any{
			"name":               "python",
			"version":            info.LanguageVersion,
			"mimetype":           "text/x-python",
			"file_extension":     ".py",
			"pygments_lexer":     "ipython3",
			"codemirror_mode":    map[string]any{"name": "ipython", "version": 3},
			"nbconvert_exporter": "python",
		},
		"banner":     info.Banner,
		"help_links": links,
		"debugger":   false,
	})
}

func (k *Kernel) shutdown(r *router, m *Message) {
	var req struct {
		Restart bool `json:"restart"`
	}
	_ = json.Unmarshal(m.Content, &req)
	content := map[string]any{"status": "ok", "restart": req.Restart}
	k.restart = req.Restart
	k.sendTo(r, m, "shutdown_reply", content, true)
	k.publish(m, "shutdown_reply", content)
	k.Shutdown()
}

func (k *Kernel) interrupt(r *router, m *Message) {
	k.Interrupt()
	k.reply(r, m, "interrupt_reply", map[string]any{"status": "ok"})
}

// cursorPos is a request's cursor_pos (in code points) when it lies within
// code, else the end of code.
func cursorPos(code string, pos *int) int {
	n := utf8.RuneCountInString(code)
	if pos != nil && *pos >= 0 && *pos <= n {
		return *pos
	}
	return n
}

func (k *Kernel) complete(r *router, m *Message) {
	var req struct {
		Code      string `json:"code"`
		CursorPos *int   `json:"cursor_pos"`
	}
	if !k.decode(r, m, &req) {
		return
	}
	cursor := cursorPos(req.Code, req.CursorPos)
	matches, start, end := k.eval.Complete(req.Code, cursor)
	if matches == nil {
		matches = []string{}
		start, end = cursor, cursor
	}
	types := make([]map[string]any, len(matches))
	for i, s := range matches {
		types[i] = map[string]any{"start": start, "end": end, "text": s, "type": ""}
	}
	k.reply(r, m, "complete_reply", map[string]any{
		"status":       "ok",
		"matches":      matches,
		"cursor_start": start,
		"cursor_end":   end,
		"metadata":     map[string]any{"_jupyter_types_experimental": types},
	})
}

func (k *Kernel) inspect(r *router, m *Message) {
	var req struct {
		Code        string `json:"code"`
		CursorPos   *int   `json:"cursor_pos"`
		DetailLevel int    `json:"detail_level"`
	}
	if !k.decode(r, m, &req) {
		return
	}
	cursor := cursorPos(req.Code, req.CursorPos)
	text, found := k.eval.Inspect(req.Code, cursor, req.DetailLevel)
	data := map[string]any{}
	if found {
		data["text/plain"] = text
	}
	k.reply(r, m, "inspect_reply", map[string]any{
		"status": "ok", "found": found, "data": data, "metadata": map[string]any{},
	})
}

func (k *Kernel) isComplete(r *router, m *Message) {
	var req struct {
		Code string `json:"code"`
	}
	if !k.decode(r, m, &req) {
		return
	}
	status, indent := k.eval.IsComplete(req.Code)
	content := map[string]any{"status": status}
	if status == "incomplete" {
		content["indent"] = indent
	}
	k.reply(r, m, "is_complete_reply", content)
}

func (k *Kernel) commInfo(r *router, m *Message) {
	k.reply(r, m, "comm_info_reply", map[string]any{"status": "ok", "comms": map[string]any{}})
}

// commOpen: gobrian registers no comm targets, so every comm is closed at
// once, as ipykernel does for an unknown target.
func (k *Kernel) commOpen(r *router, m *Message) {
	var req struct {
		CommID     string `json:"comm_id"`
		TargetName string `json:"target_name"`
	}
	if err := json.Unmarshal(m.Content, &req); err != nil {
		return
	}
	k.log.Printf("no comm target %q; closing comm %s", req.TargetName, req.CommID)
	k.publish(m, "comm_close", map[string]any{"comm_id": req.CommID, "data": map[string]any{}})
}

// errorContent is the content of an error reply (or error message).
func errorContent(e *ErrorInfo, count int) map[string]any {
	tb := e.Traceback
	if tb == nil {
		tb = []string{}
	}
	c := map[string]any{"status": "error", "ename": e.Ename, "evalue": e.Evalue, "traceback": tb}
	if count > 0 {
		c["execution_count"] = count
	}
	return c
}
