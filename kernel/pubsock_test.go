package kernel

import (
	"net"
	"strconv"
	"testing"
	"time"

	"github.com/go-zeromq/zmq4"
)

// TestSubscriberThatNeverReads: a SUB peer that subscribes and then never
// reads must not slow the kernel or starve the other subscriber.
func TestSubscriberThatNeverReads(t *testing.T) {
	k, c := startKernel(t, fakeEvaluator{})
	raw, err := net.Dial("tcp", k.iopub.ln.Addr().String())
	if err != nil {
		t.Fatal(err)
	}
	defer raw.Close()
	if tc, ok := raw.(*net.TCPConn); ok {
		tc.SetReadBuffer(4096)
	}
	stuck, err := zmq4.Open(raw, nullSecurity{}, zmq4.Sub, nil, false, nil)
	if err != nil {
		t.Fatal(err)
	}
	if err := stuck.SendMsg(zmq4.NewMsg([]byte{1})); err != nil { // subscribe to everything
		t.Fatal(err)
	}
	for deadline := time.Now().Add(5 * time.Second); k.iopub.Subscribers() < 2; {
		if time.Now().After(deadline) {
			t.Fatal("stuck subscriber never joined")
		}
		time.Sleep(10 * time.Millisecond)
	}
	time.Sleep(50 * time.Millisecond) // let the subscription land

	const n = 80 // 80 MB through iopub: beyond the 32 MB queue and socket buffers
	start := time.Now()
	req := c.send("shell", "execute_request", map[string]any{"code": "big:" + strconv.Itoa(n)})
	c.reply("shell", req)
	got := 0
	for _, m := range c.outputs(req) {
		if m.Header.MsgType == "display_data" {
			if text := content(m)["data"].(map[string]any)["text/plain"]; text != strconv.Itoa(got) {
				t.Fatalf("display %d arrived as %v", got, text)
			}
			got++
		}
	}
	if got != n {
		t.Errorf("reading subscriber got %d of %d displays", got, n)
	}
	if d := k.iopub.dropped.Load(); d == 0 {
		t.Error("no message was dropped for the stuck subscriber")
	}
	if el := time.Since(start); el > 20*time.Second {
		t.Errorf("execution took %v", el)
	}
	if rep, _ := c.execute("print:still fast", nil); content(rep)["status"] != "ok" {
		t.Error("kernel stalled")
	}
}
