package kernel

import (
	"context"
	"encoding/json"
	"fmt"
	"runtime/debug"
)

type executeRequest struct {
	Code            string            `json:"code"`
	Silent          bool              `json:"silent"`
	StoreHistory    *bool             `json:"store_history"`
	UserExpressions map[string]string `json:"user_expressions"`
	AllowStdin      *bool             `json:"allow_stdin"`
	StopOnError     *bool             `json:"stop_on_error"`
}

func flag(p *bool, def bool) bool {
	if p == nil {
		return def
	}
	return *p
}

// execute runs a cell. Execution count rules as in ipykernel: a cell that
// stores history bumps the count first; a silent cell neither stores
// history nor publishes execute_input or execute_result.
func (k *Kernel) execute(r *router, m *Message) {
	var req executeRequest
	if !k.decode(r, m, &req) {
		return
	}
	store := flag(req.StoreHistory, !req.Silent) && !req.Silent
	if store {
		k.execCount++
	}
	count := k.execCount
	if !req.Silent {
		k.publish(m, "execute_input", map[string]any{"code": req.Code, "execution_count": count})
	}

	ctx, cancel := context.WithCancel(k.ctx)
	k.mu.Lock()
	k.cancelCell = cancel
	k.mu.Unlock()
	defer func() {
		k.mu.Lock()
		k.cancelCell = nil
		k.mu.Unlock()
		cancel()
	}()

	out := k.newCellOutput(m, flag(req.AllowStdin, true))
	var published *string
	res := k.safeExecute(ctx, req.Code, out, ExecuteOptions{
		CellName:       fmt.Sprintf("<ipython-input-%d>", count),
		Silent:         req.Silent,
		StoreHistory:   store,
		ExecutionCount: count,
		PublishResult: func(data map[string]string) {
			if req.Silent {
				return
			}
			out.result(data, count)
			t := data["text/plain"]
			published = &t
		},
	})
	exprs := k.userExpressions(ctx, req.UserExpressions, out)
	out.close()

	resultText := k.publishOutcome(r, m, res, count, exprs, req.Silent)
	if resultText == nil {
		resultText = published
	}
	if store {
		k.history.add(count, req.Code, resultText)
	}
	if res.Error != nil && flag(req.StopOnError, true) {
		k.abortQueued(r)
	}
}

// publishOutcome publishes the cell's error or result and sends the
// execute_reply; it returns the result's text for the history.
func (k *Kernel) publishOutcome(r *router, m *Message, res ExecuteResult, count int, exprs map[string]any, silent bool) *string {
	if res.Error != nil {
		e := *res.Error
		e.Traceback = ColorTraceback(e)
		k.publish(m, "error", map[string]any{"ename": e.Ename, "evalue": e.Evalue, "traceback": nonNil(e.Traceback)})
		c := errorContent(&e, count)
		c["execution_count"] = count // even 0: execute_reply always has it
		c["user_expressions"] = exprs
		c["payload"] = []any{}
		k.reply(r, m, "execute_reply", c)
		return nil
	}
	var resultText *string
	if res.Data != nil && !silent {
		meta := res.Metadata
		if meta == nil {
			meta = map[string]any{}
		}
		k.publish(m, "execute_result", map[string]any{
			"execution_count": count, "data": bundle(res.Data), "metadata": meta,
		})
		t := res.Data["text/plain"]
		resultText = &t
	}
	payload := make([]any, len(res.Payload))
	for i, p := range res.Payload {
		payload[i] = p
	}
	k.reply(r, m, "execute_reply", map[string]any{
		"status": "ok", "execution_count": count,
		"user_expressions": exprs, "payload": payload,
	})
	return resultText
}

// safeExecute turns a panic in the evaluator into a Python-style error.
func (k *Kernel) safeExecute(ctx context.Context, code string, out Output, opts ExecuteOptions) (res ExecuteResult) {
	defer func() {
		if p := recover(); p != nil {
			k.log.Printf("panic in cell: %v\n%s", p, debug.Stack())
			res = ExecuteResult{Error: &ErrorInfo{
				Ename:  "SystemError",
				Evalue: fmt.Sprintf("internal error: %v", p),
				Traceback: []string{
					"Traceback (most recent call last):",
					fmt.Sprintf("SystemError: internal error: %v", p),
				},
			}}
		}
	}()
	return k.eval.Execute(ctx, code, out, opts)
}

func (k *Kernel) userExpressions(ctx context.Context, exprs map[string]string, out Output) map[string]any {
	res := map[string]any{}
	for name, expr := range exprs {
		data, e := k.safeEval(ctx, expr, out)
		if e != nil {
			c := errorContent(e, 0)
			res[name] = c
			continue
		}
		res[name] = map[string]any{"status": "ok", "data": bundle(data), "metadata": map[string]any{}}
	}
	return res
}

func (k *Kernel) safeEval(ctx context.Context, expr string, out Output) (data map[string]string, e *ErrorInfo) {
	defer func() {
		if p := recover(); p != nil {
			data, e = nil, &ErrorInfo{Ename: "SystemError", Evalue: fmt.Sprintf("internal error: %v", p)}
		}
	}()
	return k.eval.EvalExpr(ctx, expr, out)
}

// abortQueued answers every execute_request already waiting behind a
// failed cell with status "aborted"; other queued requests run normally.
func (k *Kernel) abortQueued(r *router) {
	var keep []*Message
	for {
		select {
		case m := <-r.in:
			if m.Header.MsgType != "execute_request" {
				keep = append(keep, m)
				continue
			}
			k.publish(m, "status", map[string]any{"execution_state": "busy"})
			k.reply(r, m, "execute_reply", map[string]any{"status": "aborted", "execution_count": k.execCount})
			k.publish(m, "status", map[string]any{"execution_state": "idle"})
		default:
			for _, m := range keep {
				k.handle(r, m)
			}
			return
		}
	}
}

// bundle makes a MIME bundle's JSON: JSON types are embedded as objects.
func bundle(data map[string]string) map[string]any {
	out := make(map[string]any, len(data))
	for mime, v := range data {
		if isJSONMime(mime) && json.Valid([]byte(v)) {
			out[mime] = json.RawMessage(v)
			continue
		}
		out[mime] = v
	}
	return out
}

func isJSONMime(mime string) bool {
	return mime == "application/json" || (len(mime) > 5 && mime[len(mime)-5:] == "+json")
}

func nonNil(s []string) []string {
	if s == nil {
		return []string{}
	}
	return s
}
