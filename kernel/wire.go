package kernel

import (
	"bytes"
	"crypto/hmac"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"time"

	"github.com/google/uuid"
)

// ProtocolVersion is the messaging protocol version the kernel speaks.
const ProtocolVersion = "5.3"

// delimiter separates routing identities from the signed frames.
var delimiter = []byte("<IDS|MSG>")

// Header is a message header.
type Header struct {
	MsgID    string `json:"msg_id"`
	Session  string `json:"session"`
	Username string `json:"username"`
	Date     string `json:"date"`
	MsgType  string `json:"msg_type"`
	Version  string `json:"version"`
}

// Message is one Jupyter message. Parent, Metadata and Content are kept as
// raw JSON so that a reply echoes its request's header byte for byte.
type Message struct {
	Identities [][]byte
	Header     Header
	Parent     json.RawMessage
	Metadata   json.RawMessage
	Content    json.RawMessage
	Buffers    [][]byte

	rawHeader json.RawMessage // the header frame as received
}

// Codec signs, encodes and decodes wire messages.
type Codec struct {
	key []byte
}

// NewCodec makes a codec for a connection file's key and scheme. An empty
// key disables signing, as in jupyter_client.
func NewCodec(key, scheme string) (Codec, error) {
	if key != "" && scheme != "" && scheme != "hmac-sha256" {
		return Codec{}, fmt.Errorf("kernel: unsupported signature scheme %q", scheme)
	}
	return Codec{key: []byte(key)}, nil
}

// Sign returns the hex HMAC-SHA256 of the header, parent header, metadata
// and content frames; "" when signing is disabled.
func (c Codec) Sign(header, parent, metadata, content []byte) string {
	if len(c.key) == 0 {
		return ""
	}
	mac := hmac.New(sha256.New, c.key)
	mac.Write(header)
	mac.Write(parent)
	mac.Write(metadata)
	mac.Write(content)
	return hex.EncodeToString(mac.Sum(nil))
}

// Errors from Decode.
var (
	ErrNoDelimiter  = errors.New("kernel: no <IDS|MSG> delimiter")
	ErrShortMessage = errors.New("kernel: fewer than four frames after the signature")
	ErrBadSignature = errors.New("kernel: invalid message signature")
)

// Decode parses wire frames, verifying the signature.
func (c Codec) Decode(frames [][]byte) (*Message, error) {
	i := 0
	for i < len(frames) && !bytes.Equal(frames[i], delimiter) {
		i++
	}
	if i == len(frames) {
		return nil, ErrNoDelimiter
	}
	rest := frames[i+1:]
	if len(rest) < 5 {
		return nil, ErrShortMessage
	}
	sig := rest[0]
	if len(c.key) > 0 {
		want := c.Sign(rest[1], rest[2], rest[3], rest[4])
		if !hmac.Equal(sig, []byte(want)) {
			return nil, ErrBadSignature
		}
	}
	m := &Message{
		Identities: frames[:i],
		Parent:     rest[2],
		Metadata:   rest[3],
		Content:    rest[4],
		Buffers:    rest[5:],
		rawHeader:  rest[1],
	}
	if err := json.Unmarshal(rest[1], &m.Header); err != nil {
		return nil, fmt.Errorf("kernel: bad header: %w", err)
	}
	if !json.Valid(m.Content) || !json.Valid(m.Parent) || !json.Valid(m.Metadata) {
		return nil, errors.New("kernel: frame is not valid JSON")
	}
	return m, nil
}

// Encode returns the wire frames of m, signed.
func (c Codec) Encode(m *Message) ([][]byte, error) {
	header := m.rawHeader
	if header == nil {
		var err error
		if header, err = json.Marshal(m.Header); err != nil {
			return nil, fmt.Errorf("kernel: encode header: %w", err)
		}
	}
	parent := orEmpty(m.Parent)
	meta := orEmpty(m.Metadata)
	content := orEmpty(m.Content)
	frames := make([][]byte, 0, len(m.Identities)+6+len(m.Buffers))
	frames = append(frames, m.Identities...)
	frames = append(frames, delimiter, []byte(c.Sign(header, parent, meta, content)), header, parent, meta, content)
	frames = append(frames, m.Buffers...)
	return frames, nil
}

func orEmpty(b json.RawMessage) []byte {
	if len(b) == 0 {
		return []byte("{}")
	}
	return b
}

// Timestamp formats t as ISO 8601 with microseconds: jupyter_client's
// date parser rejects Go's nanosecond precision.
func Timestamp(t time.Time) string {
	return t.UTC().Format("2006-01-02T15:04:05.000000Z")
}

// newMessage builds a message of msgType replying to (or caused by) parent.
func newMessage(session, msgType string, parent *Message, content any) (*Message, error) {
	body, err := json.Marshal(content)
	if err != nil {
		return nil, fmt.Errorf("kernel: encode %s content: %w", msgType, err)
	}
	m := &Message{
		Header: Header{
			MsgID:    uuid.NewString(),
			Session:  session,
			Username: "kernel",
			Date:     Timestamp(time.Now()),
			MsgType:  msgType,
			Version:  ProtocolVersion,
		},
		Metadata: json.RawMessage("{}"),
		Content:  body,
	}
	if parent != nil {
		m.Parent = parent.headerBytes()
	}
	return m, nil
}

// headerBytes returns the header JSON as received (or as encoded).
func (m *Message) headerBytes() json.RawMessage {
	if m.rawHeader != nil {
		return m.rawHeader
	}
	b, _ := json.Marshal(m.Header)
	return b
}
