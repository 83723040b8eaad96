package kernel

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"log"
	"net"
	"testing"
	"time"

	"github.com/go-zeromq/zmq4"
	"github.com/google/uuid"
)

// testClient is a Jupyter client over zmq4, as jupyter_client connects.
type testClient struct {
	t       testing.TB
	codec   Codec
	session string
	ctx     context.Context
	cancel  context.CancelFunc
	socks   map[string]zmq4.Socket
	in      map[string]chan *Message
}

func freePorts(t testing.TB, n int) []int {
	t.Helper()
	var ports []int
	var ls []net.Listener
	for i := 0; i < n; i++ {
		l, err := net.Listen("tcp", "127.0.0.1:0")
		if err != nil {
			t.Fatal(err)
		}
		ls = append(ls, l)
		ports = append(ports, l.Addr().(*net.TCPAddr).Port)
	}
	for _, l := range ls {
		l.Close()
	}
	return ports
}

// startKernel runs a kernel with the fake evaluator and connects a client.
func startKernel(t testing.TB, ev Evaluator) (*Kernel, *testClient) {
	t.Helper()
	return startKernelConfig(t, Config{Evaluator: ev})
}

func startKernelConfig(t testing.TB, cfg Config) (*Kernel, *testClient) {
	t.Helper()
	ci := cfg.Conn
	if ci.Transport == "" {
		p := freePorts(t, 5)
		ci = ConnectionInfo{Transport: "tcp", IP: "127.0.0.1", ShellPort: p[0], ControlPort: p[1], StdinPort: p[2], IOPubPort: p[3], HBPort: p[4]}
	}
	ci.Key, ci.SignatureScheme = uuid.NewString(), "hmac-sha256"
	cfg.Conn = ci
	cfg.Info = Info{Implementation: "fake", LanguageVersion: "3.11"}
	cfg.Log = log.New(io.Discard, "", 0)
	k, err := Start(cfg)
	if err != nil {
		t.Fatal(err)
	}
	codec, _ := NewCodec(ci.Key, ci.SignatureScheme)
	ctx, cancel := context.WithCancel(context.Background())
	c := &testClient{t: t, codec: codec, session: uuid.NewString(), ctx: ctx, cancel: cancel,
		socks: map[string]zmq4.Socket{}, in: map[string]chan *Message{}}
	id := zmq4.WithID(zmq4.SocketIdentity(c.session))
	dial := map[string]struct {
		s    zmq4.Socket
		port int
	}{
		"shell":   {zmq4.NewDealer(ctx, id), ci.ShellPort},
		"control": {zmq4.NewDealer(ctx, id), ci.ControlPort},
		"stdin":   {zmq4.NewDealer(ctx, id), ci.StdinPort},
		"iopub":   {zmq4.NewSub(ctx), ci.IOPubPort},
	}
	for name, d := range dial {
		if err := d.s.Dial(ci.Endpoint(d.port)); err != nil {
			t.Fatalf("dial %s: %v", name, err)
		}
		c.socks[name] = d.s
		c.in[name] = make(chan *Message, 100000)
		go c.pump(name, d.s)
	}
	if err := c.socks["iopub"].SetOption(zmq4.OptionSubscribe, ""); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		k.Shutdown()
		k.Wait()
		cancel()
		for _, s := range c.socks {
			s.Close()
		}
	})
	// Like jupyter_client: nudge with kernel_info until iopub delivers.
	deadline := time.Now().Add(5 * time.Second)
	for {
		req := c.send("shell", "kernel_info_request", map[string]any{})
		c.reply("shell", req)
		select {
		case <-c.in["iopub"]:
			c.drain("iopub", 100*time.Millisecond)
			return k, c
		case <-time.After(100 * time.Millisecond):
		}
		if time.Now().After(deadline) {
			t.Fatal("iopub never connected")
		}
	}
}

func (c *testClient) pump(name string, s zmq4.Socket) {
	for {
		msg, err := s.Recv()
		if err != nil {
			return
		}
		frames := msg.Frames
		m, err := c.codec.Decode(frames)
		if err != nil {
			c.t.Errorf("%s: client got an undecodable message: %v", name, err)
			continue
		}
		c.in[name] <- m
	}
}

func (c *testClient) send(sock, msgType string, content any) *Message {
	c.t.Helper()
	m, err := newMessage(c.session, msgType, nil, content)
	if err != nil {
		c.t.Fatal(err)
	}
	frames, err := c.codec.Encode(m)
	if err != nil {
		c.t.Fatal(err)
	}
	if err := c.socks[sock].Send(zmq4.NewMsgFrom(frames...)); err != nil {
		c.t.Fatal(err)
	}
	return m
}

// reply waits for the reply to req on sock.
func (c *testClient) reply(sock string, req *Message) *Message {
	c.t.Helper()
	timeout := time.After(10 * time.Second)
	for {
		select {
		case m := <-c.in[sock]:
			if parentID(m) == req.Header.MsgID {
				return m
			}
		case <-timeout:
			c.t.Fatalf("no %s reply to %s", sock, req.Header.MsgType)
			return nil
		}
	}
}

// outputs returns the iopub messages caused by req, through its idle status.
func (c *testClient) outputs(req *Message) []*Message {
	c.t.Helper()
	var out []*Message
	timeout := time.After(10 * time.Second)
	for {
		select {
		case m := <-c.in["iopub"]:
			if parentID(m) != req.Header.MsgID {
				continue
			}
			out = append(out, m)
			if m.Header.MsgType == "status" && content(m)["execution_state"] == "idle" {
				return out
			}
		case <-timeout:
			c.t.Fatalf("no idle after %s; got %v", req.Header.MsgType, types(out))
			return nil
		}
	}
}

func (c *testClient) drain(sock string, quiet time.Duration) {
	for {
		select {
		case <-c.in[sock]:
		case <-time.After(quiet):
			return
		}
	}
}

// execute runs code and returns the reply and iopub messages.
func (c *testClient) execute(code string, extra map[string]any) (*Message, []*Message) {
	c.t.Helper()
	body := map[string]any{"code": code, "silent": false, "store_history": true, "user_expressions": map[string]any{}, "allow_stdin": false, "stop_on_error": true}
	for k, v := range extra {
		body[k] = v
	}
	req := c.send("shell", "execute_request", body)
	rep := c.reply("shell", req)
	return rep, c.outputs(req)
}

func parentID(m *Message) string {
	var h Header
	_ = json.Unmarshal(m.Parent, &h)
	return h.MsgID
}

func content(m *Message) map[string]any {
	var v map[string]any
	if err := json.Unmarshal(m.Content, &v); err != nil {
		panic(fmt.Sprintf("bad content %s", m.Content))
	}
	return v
}

func types(ms []*Message) []string {
	var s []string
	for _, m := range ms {
		t := m.Header.MsgType
		if t == "status" {
			t += ":" + content(m)["execution_state"].(string)
		}
		s = append(s, t)
	}
	return s
}
