package kernel

import (
	"bytes"
	"os/exec"
	"regexp"
	"strings"
	"testing"
	"time"
)

// Vectors computed with jupyter_client.session.Session(key=..., signature_scheme="hmac-sha256").sign.
var signVectors = []struct {
	key    string
	frames [4]string
	want   string
}{
	{
		key:    "a0436f6c-1916-498b-8eb9-e81ab9368e84",
		frames: [4]string{`{"msg_id":"1","msg_type":"execute_request"}`, `{}`, `{}`, `{"code":"1+1"}`},
		want:   "6079cf4714507d3fc645a0e9b5ea36d270738502ead09e0f753624a376aff7ce",
	},
	{
		key:    "clé✓",
		frames: [4]string{"h", "p", "m", "c"},
		want:   "0f2442f78674b2feed08fe055844a8859cb6f7eff104803f882d30ac70001ad2",
	},
}

func TestSignMatchesJupyterClientVectors(t *testing.T) {
	for _, v := range signVectors {
		c, err := NewCodec(v.key, "hmac-sha256")
		if err != nil {
			t.Fatal(err)
		}
		f := v.frames
		if got := c.Sign([]byte(f[0]), []byte(f[1]), []byte(f[2]), []byte(f[3])); got != v.want {
			t.Errorf("key %q: Sign = %s, want %s", v.key, got, v.want)
		}
	}
}

// TestSignDifferential signs a fresh message with jupyter_client itself.
func TestSignDifferential(t *testing.T) {
	py := "/usr/bin/python3"
	script := `
import sys
from jupyter_client.session import Session
s = Session(key=sys.argv[1].encode(), signature_scheme="hmac-sha256")
print(s.sign([a.encode() for a in sys.argv[2:6]]).decode())
`
	key := "k3y-" + time.Now().Format(time.RFC3339Nano)
	frames := []string{`{"msg_type":"x","date":"2026"}`, `{"a":[1,2]}`, `{}`, `{"text":"héllo\n"}`}
	out, err := exec.Command(py, append([]string{"-c", script, key}, frames...)...).Output()
	if err != nil {
		t.Skipf("oracle %s with jupyter_client not available: %v", py, err)
	}
	c, _ := NewCodec(key, "hmac-sha256")
	got := c.Sign([]byte(frames[0]), []byte(frames[1]), []byte(frames[2]), []byte(frames[3]))
	if want := strings.TrimSpace(string(out)); got != want {
		t.Errorf("Sign = %s, jupyter_client = %s", got, want)
	}
}

func TestEncodeDecodeRoundTrip(t *testing.T) {
	c, _ := NewCodec("secret", "hmac-sha256")
	m, err := newMessage("sess", "execute_request", nil, map[string]any{"code": "x = 1"})
	if err != nil {
		t.Fatal(err)
	}
	m.Identities = [][]byte{[]byte("client-1")}
	m.Buffers = [][]byte{{0, 1, 2}}
	frames, err := c.Encode(m)
	if err != nil {
		t.Fatal(err)
	}
	if string(frames[0]) != "client-1" || string(frames[1]) != "<IDS|MSG>" || len(frames) != 8 {
		t.Fatalf("frames = %q", frames)
	}
	got, err := c.Decode(frames)
	if err != nil {
		t.Fatal(err)
	}
	if got.Header.MsgType != "execute_request" || got.Header.Version != ProtocolVersion || got.Header.Session != "sess" {
		t.Errorf("header = %+v", got.Header)
	}
	if string(got.Content) != `{"code":"x = 1"}` || !bytes.Equal(got.Buffers[0], []byte{0, 1, 2}) {
		t.Errorf("content %s buffers %v", got.Content, got.Buffers)
	}
}

func TestDecodeRejects(t *testing.T) {
	c, _ := NewCodec("secret", "hmac-sha256")
	m, _ := newMessage("s", "kernel_info_request", nil, map[string]any{})
	frames, _ := c.Encode(m)

	bad := append([][]byte(nil), frames...)
	bad[1] = []byte("0000")
	if _, err := c.Decode(bad); err != ErrBadSignature {
		t.Errorf("wrong signature: err = %v", err)
	}
	tampered := append([][]byte(nil), frames...)
	tampered[5] = []byte(`{"evil":1}`)
	if _, err := c.Decode(tampered); err != ErrBadSignature {
		t.Errorf("tampered content: err = %v", err)
	}
	if _, err := c.Decode(frames[1:]); err != ErrNoDelimiter {
		t.Errorf("no delimiter: err = %v", err)
	}
	if _, err := c.Decode(frames[:4]); err != ErrShortMessage {
		t.Errorf("short: err = %v", err)
	}
	if _, err := NewCodec("k", "hmac-md5"); err == nil {
		t.Error("hmac-md5 accepted")
	}
	// Without a key nothing is verified, as in jupyter_client.
	open, _ := NewCodec("", "")
	unsigned, _ := open.Encode(m)
	if string(unsigned[1]) != "" {
		t.Errorf("unsigned signature = %q", unsigned[1])
	}
	if _, err := open.Decode(bad); err != nil {
		t.Errorf("keyless decode: %v", err)
	}
}

func TestTimestampHasMicroseconds(t *testing.T) {
	ts := Timestamp(time.Date(2026, 1, 2, 3, 4, 5, 123456789, time.FixedZone("x", 3600)))
	if ts != "2026-01-02T02:04:05.123456Z" {
		t.Errorf("Timestamp = %s", ts)
	}
	if !regexp.MustCompile(`^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{6}Z$`).MatchString(Timestamp(time.Now())) {
		t.Error("timestamp format")
	}
}
