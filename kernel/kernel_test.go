package kernel

import (
	"fmt"
	"os"
	"reflect"
	"runtime"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/go-zeromq/zmq4"
)

func TestKernelInfoOnShellAndControl(t *testing.T) {
	_, c := startKernel(t, fakeEvaluator{})
	for _, sock := range []string{"shell", "control"} {
		req := c.send(sock, "kernel_info_request", map[string]any{})
		rep := content(c.reply(sock, req))
		li := rep["language_info"].(map[string]any)
		if rep["protocol_version"] != "5.3" || rep["implementation"] != "fake" || li["name"] != "python" ||
			li["file_extension"] != ".py" || li["pygments_lexer"] != "ipython3" || li["mimetype"] != "text/x-python" {
			t.Errorf("%s kernel_info_reply = %v", sock, rep)
		}
		if got := types(c.outputs(req)); !reflect.DeepEqual(got, []string{"status:busy", "status:idle"}) {
			t.Errorf("%s kernel_info iopub = %v", sock, got)
		}
	}
}

func TestExecuteResultAndCount(t *testing.T) {
	_, c := startKernel(t, fakeEvaluator{})
	rep, out := c.execute("41+1", map[string]any{"user_expressions": map[string]any{"a": "x", "b": "bad"}})
	rc := content(rep)
	if rc["status"] != "ok" || rc["execution_count"] != 1.0 {
		t.Fatalf("reply = %v", rc)
	}
	if got := types(out); !reflect.DeepEqual(got, []string{"status:busy", "execute_input", "execute_result", "status:idle"}) {
		t.Fatalf("iopub = %v", got)
	}
	res := content(out[2])
	if res["data"].(map[string]any)["text/plain"] != "41+1" || res["execution_count"] != 1.0 {
		t.Errorf("execute_result = %v", res)
	}
	ue := rc["user_expressions"].(map[string]any)
	if ue["a"].(map[string]any)["data"].(map[string]any)["text/plain"] != "<x>" || ue["b"].(map[string]any)["ename"] != "NameError" {
		t.Errorf("user_expressions = %v", ue)
	}
	// Silent: no execute_input, no result, count unchanged.
	rep, out = c.execute("2", map[string]any{"silent": true})
	if content(rep)["execution_count"] != 1.0 || !reflect.DeepEqual(types(out), []string{"status:busy", "status:idle"}) {
		t.Errorf("silent: reply %v iopub %v", content(rep), types(out))
	}
	// store_history false: runs, shows its result, keeps the count.
	rep, _ = c.execute("3", map[string]any{"store_history": false})
	if content(rep)["execution_count"] != 1.0 {
		t.Errorf("store_history=false count = %v", content(rep)["execution_count"])
	}
	rep, _ = c.execute("4", nil)
	if content(rep)["execution_count"] != 2.0 {
		t.Errorf("next count = %v", content(rep)["execution_count"])
	}
}

func TestErrorTracebackColoured(t *testing.T) {
	_, c := startKernel(t, fakeEvaluator{})
	rep, out := c.execute("err", nil)
	rc := content(rep)
	if rc["status"] != "error" || rc["ename"] != "ZeroDivisionError" {
		t.Fatalf("reply = %v", rc)
	}
	if got := types(out); !reflect.DeepEqual(got, []string{"status:busy", "execute_input", "error", "status:idle"}) {
		t.Fatalf("iopub = %v", got)
	}
	tb := content(out[2])["traceback"].([]any)
	joined := fmt.Sprint(tb...)
	for _, want := range []string{"\x1b[0;31mZeroDivisionError\x1b[0m", "Traceback (most recent call last)", "Cell \x1b[0;32mIn[1], line 1\x1b[0m", "----> 1\x1b[0m 1/0"} {
		if !strings.Contains(joined, want) {
			t.Errorf("traceback lacks %q:\n%q", want, tb)
		}
	}
}

func TestPanicBecomesErrorReply(t *testing.T) {
	_, c := startKernel(t, fakeEvaluator{})
	rep, _ := c.execute("panic", nil)
	if rc := content(rep); rc["status"] != "error" || rc["ename"] != "SystemError" {
		t.Fatalf("reply = %v", rc)
	}
	if rep, _ := c.execute("print:alive", nil); content(rep)["status"] != "ok" {
		t.Error("kernel did not carry on after a panic")
	}
}

func TestStreamsCoalescedInOrder(t *testing.T) {
	_, c := startKernel(t, fakeEvaluator{})
	start := time.Now()
	_, out := c.execute("lines:20000", nil)
	var text strings.Builder
	streams := 0
	for _, m := range out {
		if m.Header.MsgType == "stream" {
			streams++
			text.WriteString(content(m)["text"].(string))
		}
	}
	var want strings.Builder
	for i := 0; i < 20000; i++ {
		fmt.Fprintf(&want, "line %d\n", i)
	}
	if text.String() != want.String() {
		t.Fatalf("stream text differs: got %d bytes, want %d", text.Len(), want.Len())
	}
	if limit := 2 + int(time.Since(start)/streamInterval); streams > limit {
		t.Errorf("%d stream messages in %v: not coalesced", streams, time.Since(start))
	}

	// Text before and after a display keeps its place.
	_, out = c.execute("mixed", nil)
	var seq []string
	for _, m := range out {
		switch m.Header.MsgType {
		case "stream":
			seq = append(seq, content(m)["text"].(string))
		case "display_data":
			seq = append(seq, "[display]")
		}
	}
	if !reflect.DeepEqual(seq, []string{"a\n", "[display]", "b\n"}) {
		t.Errorf("order = %q", seq)
	}
}

func TestDisplayUpdateClear(t *testing.T) {
	_, c := startKernel(t, fakeEvaluator{})
	_, out := c.execute("display", nil)
	if got := types(out); !reflect.DeepEqual(got, []string{"status:busy", "execute_input", "display_data", "update_display_data", "status:idle"}) {
		t.Fatalf("iopub = %v", got)
	}
	d := content(out[2])
	if d["transient"].(map[string]any)["display_id"] != "d1" || d["data"].(map[string]any)["image/png"] != "iVBORw0KGgo=" {
		t.Errorf("display_data = %v", d)
	}
	_, out = c.execute("clear", nil)
	if got := types(out); !reflect.DeepEqual(got, []string{"status:busy", "execute_input", "stream", "clear_output", "status:idle"}) {
		t.Fatalf("clear iopub = %v", got)
	}
	if content(out[3])["wait"] != true {
		t.Errorf("clear_output = %v", content(out[3]))
	}
}

func TestStderr(t *testing.T) {
	_, c := startKernel(t, fakeEvaluator{})
	_, out := c.execute("stderr:oops", nil)
	s := content(out[2])
	if s["name"] != "stderr" || s["text"] != "oops\n" {
		t.Errorf("stream = %v", s)
	}
}

func TestCompleteInspectIsComplete(t *testing.T) {
	_, c := startKernel(t, fakeEvaluator{})
	req := c.send("shell", "complete_request", map[string]any{"code": "é = pri", "cursor_pos": 7})
	rc := content(c.reply("shell", req))
	if !reflect.DeepEqual(rc["matches"], []any{"print", "property"}) || rc["cursor_start"] != 4.0 || rc["cursor_end"] != 7.0 {
		t.Errorf("complete_reply = %v", rc)
	}
	if ty := rc["metadata"].(map[string]any)["_jupyter_types_experimental"].([]any); len(ty) != 2 {
		t.Errorf("types = %v", ty)
	}
	req = c.send("shell", "complete_request", map[string]any{"code": "zzz", "cursor_pos": 3})
	rc = content(c.reply("shell", req))
	if _, ok := rc["metadata"].(map[string]any)["_jupyter_types_experimental"]; !ok || len(rc["matches"].([]any)) != 0 {
		t.Errorf("empty complete_reply = %v", rc)
	}

	req = c.send("shell", "inspect_request", map[string]any{"code": "print", "cursor_pos": 5, "detail_level": 0})
	rc = content(c.reply("shell", req))
	if rc["found"] != true || rc["data"].(map[string]any)["text/plain"] != "print(*args)" {
		t.Errorf("inspect_reply = %v", rc)
	}
	req = c.send("shell", "is_complete_request", map[string]any{"code": "for x in y:"})
	rc = content(c.reply("shell", req))
	if rc["status"] != "incomplete" || rc["indent"] != "    " {
		t.Errorf("is_complete_reply = %v", rc)
	}
}

func TestHistory(t *testing.T) {
	_, c := startKernel(t, fakeEvaluator{})
	for _, code := range []string{"1+1", "2+2", "1+1", "print:x"} {
		c.execute(code, nil)
	}
	hist := func(args map[string]any) []any {
		req := c.send("shell", "history_request", args)
		return content(c.reply("shell", req))["history"].([]any)
	}
	if h := hist(map[string]any{"hist_access_type": "tail", "n": 2, "output": false, "raw": true}); fmt.Sprint(h) != "[[1 3 1+1] [1 4 print:x]]" {
		t.Errorf("tail = %v", h)
	}
	if h := hist(map[string]any{"hist_access_type": "tail", "n": 1, "output": true, "raw": true}); fmt.Sprint(h) != "[[1 4 [print:x <nil>]]]" {
		t.Errorf("tail output = %v", h)
	}
	if h := hist(map[string]any{"hist_access_type": "range", "session": 1, "start": 2, "stop": 3, "output": true}); fmt.Sprint(h) != "[[1 2 [2+2 2+2]]]" {
		t.Errorf("range = %v", h)
	}
	if h := hist(map[string]any{"hist_access_type": "search", "pattern": "?+*", "output": false}); len(h) != 3 {
		t.Errorf("search = %v", h)
	}
	if h := hist(map[string]any{"hist_access_type": "search", "pattern": "1+*", "unique": true}); fmt.Sprint(h) != "[[1 3 1+1]]" {
		t.Errorf("search unique = %v", h)
	}
}

func TestComms(t *testing.T) {
	_, c := startKernel(t, fakeEvaluator{})
	req := c.send("shell", "comm_info_request", map[string]any{})
	if rc := content(c.reply("shell", req)); rc["status"] != "ok" || len(rc["comms"].(map[string]any)) != 0 {
		t.Errorf("comm_info_reply = %v", rc)
	}
	req = c.send("shell", "comm_open", map[string]any{"comm_id": "c1", "target_name": "jupyter.widget", "data": map[string]any{}})
	out := c.outputs(req)
	if got := types(out); !reflect.DeepEqual(got, []string{"status:busy", "comm_close", "status:idle"}) || content(out[1])["comm_id"] != "c1" {
		t.Errorf("comm_open answered with %v", got)
	}
}

func TestInterruptKeepsKernel(t *testing.T) {
	_, c := startKernel(t, fakeEvaluator{})
	req := c.send("shell", "execute_request", map[string]any{"code": "block", "allow_stdin": false})
	time.Sleep(100 * time.Millisecond)
	start := time.Now()
	ireq := c.send("control", "interrupt_request", map[string]any{})
	if rc := content(c.reply("control", ireq)); rc["status"] != "ok" {
		t.Errorf("interrupt_reply = %v", rc)
	}
	rc := content(c.reply("shell", req))
	if rc["ename"] != "KeyboardInterrupt" || time.Since(start) > time.Second {
		t.Errorf("interrupted reply = %v after %v", rc, time.Since(start))
	}
	if rep, _ := c.execute("7", nil); content(rep)["status"] != "ok" {
		t.Error("kernel dead after interrupt")
	}
}

func TestStdin(t *testing.T) {
	_, c := startKernel(t, fakeEvaluator{})
	req := c.send("shell", "execute_request", map[string]any{"code": "input:name? ", "allow_stdin": true})
	ir := <-c.in["stdin"]
	if ir.Header.MsgType != "input_request" || content(ir)["prompt"] != "name? " || parentID(ir) != req.Header.MsgID {
		t.Fatalf("input_request = %s %v", ir.Header.MsgType, content(ir))
	}
	c.send("stdin", "input_reply", map[string]any{"value": "Brian"})
	c.reply("shell", req)
	var text string
	for _, m := range c.outputs(req) {
		if m.Header.MsgType == "stream" {
			text += content(m)["text"].(string)
		}
	}
	if text != "got Brian\n" {
		t.Errorf("stdout = %q", text)
	}
	rep, _ := c.execute("input:x", map[string]any{"allow_stdin": false})
	if rc := content(rep); rc["ename"] != "StdinNotImplementedError" {
		t.Errorf("allow_stdin=false reply = %v", rc)
	}
}

func TestStopOnErrorAbortsQueue(t *testing.T) {
	_, c := startKernel(t, fakeEvaluator{})
	first := c.send("shell", "execute_request", map[string]any{"code": "sleep:300"})
	failing := c.send("shell", "execute_request", map[string]any{"code": "err", "stop_on_error": true})
	queued := []*Message{
		c.send("shell", "execute_request", map[string]any{"code": "print:never"}),
		c.send("shell", "execute_request", map[string]any{"code": "print:never"}),
	}
	info := c.send("shell", "kernel_info_request", map[string]any{})
	c.reply("shell", first)
	if rc := content(c.reply("shell", failing)); rc["status"] != "error" {
		t.Fatalf("failing reply = %v", rc)
	}
	for _, q := range queued {
		if rc := content(c.reply("shell", q)); rc["status"] != "aborted" {
			t.Errorf("queued reply = %v", rc)
		}
	}
	c.reply("shell", info)
	// Later requests run again.
	if rep, _ := c.execute("print:again", nil); content(rep)["status"] != "ok" {
		t.Error("kernel still aborting")
	}
	// stop_on_error false: the next request runs.
	failing = c.send("shell", "execute_request", map[string]any{"code": "err", "stop_on_error": false})
	next := c.send("shell", "execute_request", map[string]any{"code": "5"})
	c.reply("shell", failing)
	if rc := content(c.reply("shell", next)); rc["status"] != "ok" {
		t.Errorf("after stop_on_error=false: %v", rc)
	}
}

func TestBadSignatureIgnored(t *testing.T) {
	_, c := startKernel(t, fakeEvaluator{})
	good := c.codec
	c.codec, _ = NewCodec("wrong key", "hmac-sha256")
	bad := c.send("shell", "execute_request", map[string]any{"code": "print:evil"})
	c.codec = good
	rep, _ := c.execute("8", nil)
	if content(rep)["execution_count"] != 1.0 {
		t.Errorf("forged message ran: count %v", content(rep)["execution_count"])
	}
	select {
	case m := <-c.in["shell"]:
		if parentID(m) == bad.Header.MsgID {
			t.Error("forged message answered")
		}
	default:
	}
}

// waitExit fails the test unless k exits within 5 s of cause.
func waitExit(t *testing.T, k *Kernel, cause string) {
	t.Helper()
	done := make(chan struct{})
	go func() { k.Wait(); close(done) }()
	select {
	case <-done:
	case <-time.After(5 * time.Second):
		t.Fatalf("kernel did not exit after %s", cause)
	}
}

func TestShutdownOnShellAndControl(t *testing.T) {
	for _, sock := range []string{"shell", "control"} {
		k, c := startKernel(t, fakeEvaluator{})
		req := c.send(sock, "shutdown_request", map[string]any{"restart": true})
		rc := content(c.reply(sock, req))
		if rc["status"] != "ok" || rc["restart"] != true {
			t.Errorf("%s shutdown_reply = %v", sock, rc)
		}
		waitExit(t, k, sock+" shutdown")
		if !k.Restart() {
			t.Error("restart flag lost")
		}
	}
}

func TestManyExecutionsStayFlat(t *testing.T) {
	if testing.Short() {
		t.Skip("short")
	}
	_, c := startKernel(t, fakeEvaluator{})
	run := func(n int) {
		for i := 0; i < n; i++ {
			c.execute("print:x", nil)
		}
	}
	run(200)
	runtime.GC()
	g0 := runtime.NumGoroutine()
	var m0, m1 runtime.MemStats
	runtime.ReadMemStats(&m0)
	run(10000)
	runtime.GC()
	runtime.ReadMemStats(&m1)
	if g1 := runtime.NumGoroutine(); g1 > g0+5 {
		t.Errorf("goroutines grew from %d to %d", g0, g1)
	}
	if grow := int64(m1.HeapAlloc) - int64(m0.HeapAlloc); grow > 8<<20 {
		t.Errorf("heap grew by %d bytes over 10000 executions", grow)
	}
}

func TestSIGINTInterruptsAndSIGTERMShutsDown(t *testing.T) {
	k, c := startKernelConfig(t, Config{Evaluator: fakeEvaluator{}, HandleSignals: true})
	req := c.send("shell", "execute_request", map[string]any{"code": "block"})
	time.Sleep(100 * time.Millisecond)
	if err := syscall.Kill(os.Getpid(), syscall.SIGINT); err != nil {
		t.Fatal(err)
	}
	if rc := content(c.reply("shell", req)); rc["ename"] != "KeyboardInterrupt" {
		t.Fatalf("reply = %v", rc)
	}
	if rep, _ := c.execute("print:alive", nil); content(rep)["status"] != "ok" {
		t.Fatal("SIGINT was fatal to the kernel")
	}
	if err := syscall.Kill(os.Getpid(), syscall.SIGTERM); err != nil {
		t.Fatal(err)
	}
	waitExit(t, k, "SIGTERM")
}

func TestMalformedRequests(t *testing.T) {
	_, c := startKernel(t, fakeEvaluator{})
	// Well-signed but ill-typed content: an error reply, not a crash.
	req := c.send("shell", "execute_request", map[string]any{"code": 5})
	if rc := content(c.reply("shell", req)); rc["status"] != "error" || rc["ename"] != "ValueError" {
		t.Errorf("ill-typed execute_request reply = %v", rc)
	}
	// Frames that are not JSON at all, or too few: dropped.
	m, _ := newMessage(c.session, "execute_request", nil, map[string]any{"code": "print:x"})
	m.Content = []byte("{not json")
	frames, _ := c.codec.Encode(m)
	c.socks["shell"].Send(zmq4.NewMsgFrom(frames...))
	c.socks["shell"].Send(zmq4.NewMsgFrom([]byte("<IDS|MSG>"), []byte("sig")))
	// Unknown message types are ignored.
	c.send("shell", "frobnicate_request", map[string]any{})
	if rep, _ := c.execute("9", nil); content(rep)["status"] != "ok" {
		t.Error("kernel unhealthy after malformed input")
	}
}

func TestIPCTransport(t *testing.T) {
	dir := t.TempDir()
	ci := ConnectionInfo{Transport: "ipc", IP: dir + "/kernel", ShellPort: 1, ControlPort: 2, StdinPort: 3, IOPubPort: 4, HBPort: 5}
	_, c := startKernelConfig(t, Config{Evaluator: fakeEvaluator{}, Conn: ci})
	rep, out := c.execute("print:over ipc", nil)
	if content(rep)["status"] != "ok" || content(out[2])["text"] != "over ipc\n" {
		t.Errorf("reply %v outputs %v", content(rep), types(out))
	}
}

// TestHeartbeatWhileBusy: hb answers while a cell blocks the shell.
func TestHeartbeatWhileBusy(t *testing.T) {
	k, c := startKernel(t, fakeEvaluator{})
	req := c.send("shell", "execute_request", map[string]any{"code": "block"})
	hb := zmq4.NewReq(c.ctx)
	defer hb.Close()
	if err := hb.Dial(k.cfg.Conn.Endpoint(k.cfg.Conn.HBPort)); err != nil {
		t.Fatal(err)
	}
	done := make(chan string, 1)
	go func() {
		if err := hb.Send(zmq4.NewMsgString("ping")); err != nil {
			done <- err.Error()
			return
		}
		m, err := hb.Recv()
		if err != nil {
			done <- err.Error()
			return
		}
		done <- string(m.Frames[0])
	}()
	select {
	case got := <-done:
		if got != "ping" {
			t.Errorf("heartbeat echoed %q", got)
		}
	case <-time.After(5 * time.Second):
		t.Fatal("no heartbeat while busy")
	}
	k.Interrupt()
	c.reply("shell", req)
}
