package kernel

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"io"
	"log"
	"net"
	"sync"
	"sync/atomic"
	"time"

	"github.com/go-zeromq/zmq4"
)

// subscriberQueue and subscriberBytes bound what waits for one subscriber;
// beyond them messages to that subscriber are dropped (and counted), never
// blocking the kernel.
const (
	subscriberQueue = 16384
	subscriberBytes = 32 << 20
)

// pubSocket is a minimal ZeroMQ PUB server. zmq4's own PUB writes to all
// subscribers from one goroutine, so one subscriber that stops reading
// stalls everybody; here every subscriber has its own writer goroutine and
// bounded queue, and Publish never blocks.
type pubSocket struct {
	ln      net.Listener
	log     *log.Logger
	mu      sync.Mutex
	subs    map[*subscriber]struct{}
	closed  bool
	dropped atomic.Int64
	wg      sync.WaitGroup
}

type subscriber struct {
	conn   *zmq4.Conn
	buf    *bufferedConn
	queue  chan [][]byte
	done   chan struct{}
	mu     sync.Mutex
	topics [][]byte
	drops  int64
	queued atomic.Int64 // bytes waiting in queue
}

func listenPub(network, addr string, logger *log.Logger) (*pubSocket, error) {
	ln, err := net.Listen(network, addr)
	if err != nil {
		return nil, fmt.Errorf("kernel: iopub listen %s: %w", addr, err)
	}
	p := &pubSocket{ln: ln, log: logger, subs: map[*subscriber]struct{}{}}
	p.wg.Add(1)
	go p.accept()
	return p, nil
}

func (p *pubSocket) accept() {
	defer p.wg.Done()
	for {
		c, err := p.ln.Accept()
		if err != nil {
			return
		}
		go p.handshake(c)
	}
}

func (p *pubSocket) handshake(raw net.Conn) {
	c := newBufferedConn(raw)
	zc, err := zmq4.Open(c, nullSecurity{}, zmq4.Pub, nil, true, nil)
	if err != nil {
		p.log.Printf("iopub: handshake: %v", err)
		c.Close()
		return
	}
	s := &subscriber{conn: zc, buf: c, queue: make(chan [][]byte, subscriberQueue), done: make(chan struct{})}
	p.mu.Lock()
	if p.closed {
		p.mu.Unlock()
		zc.Close()
		return
	}
	p.subs[s] = struct{}{}
	p.mu.Unlock()
	go p.write(s)
	p.read(s)
}

// read consumes subscription messages until the peer goes away.
func (p *pubSocket) read(s *subscriber) {
	defer p.remove(s)
	for {
		msg, err := s.conn.RecvMsg()
		if err != nil {
			return
		}
		if len(msg.Frames) != 1 || len(msg.Frames[0]) == 0 {
			continue
		}
		f := msg.Frames[0]
		s.mu.Lock()
		switch f[0] {
		case 1:
			s.topics = append(s.topics, append([]byte(nil), f[1:]...))
		case 0:
			for i, t := range s.topics {
				if bytes.Equal(t, f[1:]) {
					s.topics = append(s.topics[:i], s.topics[i+1:]...)
					break
				}
			}
		}
		s.mu.Unlock()
	}
}

func (p *pubSocket) write(s *subscriber) {
	for {
		select {
		case <-s.done:
			return
		case frames := <-s.queue:
			s.queued.Add(-frameBytes(frames))
			err := s.conn.SendMsg(zmq4.NewMsgFrom(frames...))
			if err == nil && len(s.queue) == 0 {
				// Batch: one write for everything queued so far.
				err = s.buf.Flush()
			}
			if err != nil {
				p.remove(s)
				return
			}
		}
	}
}

func (p *pubSocket) remove(s *subscriber) {
	p.mu.Lock()
	defer p.mu.Unlock()
	if _, ok := p.subs[s]; !ok {
		return
	}
	delete(p.subs, s)
	close(s.done)
	s.conn.Close()
	if s.drops > 0 {
		p.log.Printf("iopub: subscriber left; %d messages to it were dropped", s.drops)
	}
}

func (s *subscriber) wants(topic []byte) bool {
	s.mu.Lock()
	defer s.mu.Unlock()
	for _, t := range s.topics {
		if bytes.HasPrefix(topic, t) {
			return true
		}
	}
	return false
}

// Publish queues frames to every subscriber whose subscription matches
// the first frame. It never blocks.
func (p *pubSocket) Publish(frames [][]byte) {
	size := frameBytes(frames)
	p.mu.Lock()
	defer p.mu.Unlock()
	for s := range p.subs {
		if !s.wants(frames[0]) {
			continue
		}
		if s.queued.Load()+size > subscriberBytes {
			p.drop(s)
			continue
		}
		select {
		case s.queue <- frames:
			s.queued.Add(size)
		default:
			p.drop(s)
		}
	}
}

// drop counts a message a slow subscriber will never see; p.mu is held.
func (p *pubSocket) drop(s *subscriber) {
	s.drops++
	if n := p.dropped.Add(1); n == 1 || n%1000 == 0 {
		p.log.Printf("iopub: a subscriber is not reading; %d messages dropped so far", n)
	}
}

func frameBytes(frames [][]byte) int64 {
	n := 0
	for _, f := range frames {
		n += len(f)
	}
	return int64(n)
}

// Subscribers returns how many peers are connected.
func (p *pubSocket) Subscribers() int {
	p.mu.Lock()
	defer p.mu.Unlock()
	return len(p.subs)
}

// Close stops accepting and disconnects every subscriber.
func (p *pubSocket) Close() error {
	p.mu.Lock()
	p.closed = true
	subs := make([]*subscriber, 0, len(p.subs))
	for s := range p.subs {
		subs = append(subs, s)
	}
	p.mu.Unlock()
	err := p.ln.Close()
	for _, s := range subs {
		p.remove(s)
	}
	p.wg.Wait()
	return err
}

// nullSecurity is ZMTP's NULL mechanism (zmq4 does not export its own):
// exchange READY commands carrying the socket metadata.
type nullSecurity struct{}

func (nullSecurity) Type() zmq4.SecurityType { return zmq4.NullSecurity }

func (nullSecurity) Handshake(conn *zmq4.Conn, server bool) error {
	raw, err := conn.Meta.MarshalZMTP()
	if err != nil {
		return fmt.Errorf("marshal metadata: %w", err)
	}
	if err := conn.SendCmd(zmq4.CmdReady, raw); err != nil {
		return fmt.Errorf("send READY: %w", err)
	}
	cmd, err := conn.RecvCmd()
	if err != nil {
		return fmt.Errorf("recv READY: %w", err)
	}
	if cmd.Name != zmq4.CmdReady {
		return errors.New("peer did not send READY")
	}
	return conn.Peer.Meta.UnmarshalZMTP(cmd.Body)
}

func (nullSecurity) Encrypt(w io.Writer, data []byte) (int, error) { return w.Write(data) }
func (nullSecurity) Decrypt(w io.Writer, data []byte) (int, error) { return w.Write(data) }

// Flush waits (up to timeout) until every subscriber's queue is empty, so
// that the last messages (shutdown_reply, idle) leave before Close.
func (p *pubSocket) Flush(timeout time.Duration) {
	deadline := time.Now().Add(timeout)
	for time.Now().Before(deadline) {
		p.mu.Lock()
		pending := 0
		for s := range p.subs {
			if s.drops == 0 { // a stuck subscriber is not waited for
				pending += len(s.queue)
			}
		}
		p.mu.Unlock()
		if pending == 0 {
			// Let the writers finish the message they hold.
			time.Sleep(20 * time.Millisecond)
			return
		}
		time.Sleep(5 * time.Millisecond)
	}
}

// bufferedConn batches zmq4's many small writes (a header and a body per
// frame) into one syscall per flush. Reads flush first, so that the ZMTP
// handshake's greeting and READY go out before their answers are awaited.
type bufferedConn struct {
	net.Conn
	mu sync.Mutex
	w  *bufio.Writer
}

func newBufferedConn(c net.Conn) *bufferedConn {
	return &bufferedConn{Conn: c, w: bufio.NewWriterSize(c, 64<<10)}
}

func (b *bufferedConn) Write(p []byte) (int, error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.w.Write(p)
}

func (b *bufferedConn) Flush() error {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.w.Flush()
}

func (b *bufferedConn) Read(p []byte) (int, error) {
	if err := b.Flush(); err != nil {
		return 0, err
	}
	return b.Conn.Read(p)
}
