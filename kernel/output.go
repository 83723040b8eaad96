package kernel

import (
	"sync"
	"time"
)

// streamInterval spaces stream flushes: at most ~20 stream messages a
// second, well under the notebook server's rate limit.
const streamInterval = 50 * time.Millisecond

// cellOutput is the Output of one execute_request. Stream text is buffered
// and flushed at most every streamInterval, and always before any other
// output so that the order of text and displays is kept.
type cellOutput struct {
	k          *Kernel
	parent     *Message
	allowStdin bool

	mu        sync.Mutex
	pending   []streamChunk // in order; consecutive same-name text merged
	lastFlush time.Time
	timer     *time.Timer
	closed    bool
}

type streamChunk struct {
	name string
	text []byte
}

func (k *Kernel) newCellOutput(parent *Message, allowStdin bool) *cellOutput {
	return &cellOutput{k: k, parent: parent, allowStdin: allowStdin}
}

func (o *cellOutput) Stream(name, text string) {
	if text == "" {
		return
	}
	if name != "stderr" {
		name = "stdout"
	}
	o.mu.Lock()
	defer o.mu.Unlock()
	if o.closed {
		// Late output from a background goroutine still reaches the
		// frontend, attributed to the cell that started it.
		o.k.publish(o.parent, "stream", map[string]any{"name": name, "text": text})
		return
	}
	if n := len(o.pending); n > 0 && o.pending[n-1].name == name {
		o.pending[n-1].text = append(o.pending[n-1].text, text...)
	} else {
		o.pending = append(o.pending, streamChunk{name: name, text: []byte(text)})
	}
	wait := streamInterval - time.Since(o.lastFlush)
	if wait <= 0 {
		o.flushLocked()
		return
	}
	if o.timer == nil {
		o.timer = time.AfterFunc(wait, func() {
			o.mu.Lock()
			defer o.mu.Unlock()
			o.timer = nil
			if !o.closed {
				o.flushLocked()
			}
		})
	}
}

func (o *cellOutput) flushLocked() {
	for _, c := range o.pending {
		o.k.publish(o.parent, "stream", map[string]any{"name": c.name, "text": string(c.text)})
	}
	o.pending = o.pending[:0]
	o.lastFlush = time.Now()
}

func (o *cellOutput) Display(data map[string]string, metadata map[string]any, displayID string, update bool) {
	o.mu.Lock()
	defer o.mu.Unlock()
	o.flushLocked()
	if metadata == nil {
		metadata = map[string]any{}
	}
	content := map[string]any{"data": bundle(data), "metadata": metadata, "transient": map[string]any{}}
	if displayID != "" {
		content["transient"] = map[string]any{"display_id": displayID}
	}
	msgType := "display_data"
	if update && displayID != "" {
		msgType = "update_display_data"
	}
	o.k.publish(o.parent, msgType, content)
}

func (o *cellOutput) ClearOutput(wait bool) {
	o.mu.Lock()
	defer o.mu.Unlock()
	o.flushLocked()
	o.k.publish(o.parent, "clear_output", map[string]any{"wait": wait})
}

// result publishes the cell's execute_result after the text before it.
func (o *cellOutput) result(data map[string]string, count int) {
	o.mu.Lock()
	defer o.mu.Unlock()
	o.flushLocked()
	o.k.publish(o.parent, "execute_result", map[string]any{
		"execution_count": count, "data": bundle(data), "metadata": map[string]any{},
	})
}

// flush publishes pending stream text now.
func (o *cellOutput) flush() {
	o.mu.Lock()
	defer o.mu.Unlock()
	o.flushLocked()
}

// close flushes the cell's remaining text; called before the result,
// the error and the idle status are published.
func (o *cellOutput) close() {
	o.mu.Lock()
	defer o.mu.Unlock()
	if o.timer != nil {
		o.timer.Stop()
		o.timer = nil
	}
	o.flushLocked()
	o.closed = true
}
