package kernel

import (
	"context"
	"fmt"
	"log"

	"github.com/go-zeromq/zmq4"
)

// router is a ROUTER socket with one goroutine that receives (decoding and
// verifying every message) and one that owns all sends.
type router struct {
	name string
	sock zmq4.Socket
	in   chan *Message
	out  chan outgoing
	done chan struct{}
}

type outgoing struct {
	frames [][]byte
	sent   chan struct{} // closed once written, when the sender waits
}

func (k *Kernel) listenRouter(name, endpoint string) (*router, error) {
	s := zmq4.NewRouter(k.sockCtx, zmq4.WithID(zmq4.SocketIdentity(name)))
	if err := s.Listen(endpoint); err != nil {
		return nil, fmt.Errorf("kernel: %s listen %s: %w", name, endpoint, err)
	}
	r := &router{name: name, sock: s, in: make(chan *Message, 1024), out: make(chan outgoing, 1024), done: make(chan struct{})}
	go r.receive(k.sockCtx, k.codec, k.log)
	go r.sender()
	return r, nil
}

func (r *router) receive(ctx context.Context, codec Codec, logger *log.Logger) {
	for {
		msg, err := r.sock.Recv()
		if err != nil {
			if ctx.Err() != nil {
				return
			}
			logger.Printf("%s: recv: %v", r.name, err)
			continue
		}
		m, err := codec.Decode(msg.Frames)
		if err != nil {
			logger.Printf("%s: dropped a message: %v", r.name, err)
			continue
		}
		select {
		case r.in <- m:
		case <-ctx.Done():
			return
		}
	}
}

func (r *router) sender() {
	for {
		select {
		case o := <-r.out:
			// Errors here mean the peer left; nothing else can be done.
			_ = r.sock.Send(zmq4.NewMsgFrom(o.frames...))
			if o.sent != nil {
				close(o.sent)
			}
		case <-r.done:
			return
		}
	}
}

// send queues frames; with wait it returns once they are written.
func (r *router) send(frames [][]byte, wait bool) {
	o := outgoing{frames: frames}
	if wait {
		o.sent = make(chan struct{})
	}
	select {
	case r.out <- o:
	case <-r.done:
		return
	}
	if wait {
		select {
		case <-o.sent:
		case <-r.done:
		}
	}
}

func (r *router) close() {
	close(r.done)
	r.sock.Close()
}
