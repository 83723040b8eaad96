package kernel

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
)

// ErrStdinNotAllowed is returned by Output.Input when the execute_request
// had allow_stdin false (the evaluator raises StdinNotImplementedError).
var ErrStdinNotAllowed = errors.New("raw_input was called, but this frontend does not support input requests.")

// serveStdin forwards input_reply messages to the cell waiting in Input.
func (k *Kernel) serveStdin() {
	defer k.workers.Done()
	for {
		select {
		case <-k.ctx.Done():
			return
		case m := <-k.stdin.in:
			if m.Header.MsgType != "input_reply" {
				k.log.Printf("stdin: unexpected %q ignored", m.Header.MsgType)
				continue
			}
			select {
			case k.stdinReplies <- m:
			default:
				k.log.Printf("stdin: input_reply with no pending input_request dropped")
			}
		}
	}
}

// Input sends input_request to the frontend that sent the cell and waits
// for its reply, or for an interrupt.
func (o *cellOutput) Input(ctx context.Context, prompt string, password bool) (string, error) {
	if !o.allowStdin {
		return "", ErrStdinNotAllowed
	}
	o.flush()
	k := o.k
	// A reply left over from an interrupted request must not answer this one.
	select {
	case <-k.stdinReplies:
	default:
	}
	k.sendTo(k.stdin, o.parent, "input_request", map[string]any{"prompt": prompt, "password": password}, false)
	select {
	case m := <-k.stdinReplies:
		var rep struct {
			Value  string `json:"value"`
			Status string `json:"status"`
		}
		if err := json.Unmarshal(m.Content, &rep); err != nil {
			return "", fmt.Errorf("kernel: malformed input_reply: %w", err)
		}
		return rep.Value, nil
	case <-ctx.Done():
		return "", ctx.Err()
	}
}
