package kernel

import (
	"context"
	"errors"
	"fmt"
	"log"
	"os"
	"os/signal"
	"sync"
	"syscall"
	"time"

	"github.com/go-zeromq/zmq4"
	"github.com/google/uuid"
)

// Config configures a kernel.
type Config struct {
	Conn      ConnectionInfo
	Evaluator Evaluator
	Info      Info
	// Log receives protocol diagnostics (dropped messages, bad
	// signatures); nil logs to stderr.
	Log *log.Logger
	// HandleSignals makes SIGINT interrupt the running cell and SIGTERM
	// shut the kernel down cleanly (the binary sets it; tests do not).
	HandleSignals bool
	// WatchParent exits the kernel when its parent process dies.
	WatchParent bool
	// ParentPID is the parent to watch (jupyter_client passes it as
	// JPY_PARENT_PID); 0 means the parent at start.
	ParentPID int
}

// Kernel is a running kernel. Make one with Start.
type Kernel struct {
	cfg     Config
	eval    Evaluator
	log     *log.Logger
	codec   Codec
	session string

	shell, control, stdin *router
	hb                    zmq4.Socket
	iopub                 *pubSocket
	pubMu                 sync.Mutex // serialises iopub encoding, keeping order

	ctx       context.Context // cancelled at shutdown
	stop      context.CancelFunc
	sockCtx   context.Context // the sockets' context, cancelled after the last send
	sockStop  context.CancelFunc
	quitOnce  sync.Once
	closeOnce sync.Once
	restart   bool
	workers   sync.WaitGroup
	execCount int // touched by the shell goroutine only
	history   history

	mu         sync.Mutex
	cancelCell context.CancelFunc // the running cell's, nil when idle

	stdinReplies chan *Message
}

// Start binds the five sockets, publishes the "starting" status and
// serves until Shutdown or a shutdown_request. Wait blocks until then.
func Start(cfg Config) (*Kernel, error) {
	if cfg.Evaluator == nil {
		return nil, errors.New("kernel: no evaluator")
	}
	codec, err := NewCodec(cfg.Conn.Key, cfg.Conn.SignatureScheme)
	if err != nil {
		return nil, err
	}
	logger := cfg.Log
	if logger == nil {
		logger = log.New(os.Stderr, "gobrian kernel: ", log.LstdFlags)
	}
	ctx, stop := context.WithCancel(context.Background())
	sockCtx, sockStop := context.WithCancel(context.Background())
	k := &Kernel{
		cfg: cfg, eval: cfg.Evaluator, log: logger, codec: codec,
		session: uuid.NewString(), ctx: ctx, stop: stop, sockCtx: sockCtx, sockStop: sockStop,
		stdinReplies: make(chan *Message, 1),
	}
	if err := k.bind(); err != nil {
		k.closeSockets()
		stop()
		return nil, err
	}
	k.publish(nil, "status", map[string]any{"execution_state": "starting"})

	k.workers.Add(3)
	go k.serve(k.shell)
	go k.serve(k.control)
	go k.serveStdin()
	if cfg.HandleSignals {
		// Registered before Start returns, so no early SIGINT is fatal.
		sigs := make(chan os.Signal, 4)
		signal.Notify(sigs, syscall.SIGINT, syscall.SIGTERM)
		go k.handleSignals(sigs)
	}
	if cfg.WatchParent {
		go k.watchParent()
	}
	return k, nil
}

// Run starts a kernel and serves until it is shut down.
func Run(cfg Config) error {
	k, err := Start(cfg)
	if err != nil {
		return err
	}
	k.Wait()
	return nil
}

func (k *Kernel) bind() error {
	ci := k.cfg.Conn
	var err error
	if k.shell, err = k.listenRouter("shell", ci.Endpoint(ci.ShellPort)); err != nil {
		return err
	}
	if k.control, err = k.listenRouter("control", ci.Endpoint(ci.ControlPort)); err != nil {
		return err
	}
	if k.stdin, err = k.listenRouter("stdin", ci.Endpoint(ci.StdinPort)); err != nil {
		return err
	}
	network, addr := ci.netAddr(ci.IOPubPort)
	if k.iopub, err = listenPub(network, addr, k.log); err != nil {
		return err
	}
	k.hb = zmq4.NewRep(k.sockCtx)
	if err := k.hb.Listen(ci.Endpoint(ci.HBPort)); err != nil {
		return fmt.Errorf("kernel: heartbeat listen: %w", err)
	}
	go k.heartbeat()
	return nil
}

// heartbeat echoes every ping; it runs on its own so that a busy kernel
// still looks alive.
func (k *Kernel) heartbeat() {
	for {
		msg, err := k.hb.Recv()
		if err != nil {
			if k.sockCtx.Err() != nil {
				return
			}
			continue
		}
		if err := k.hb.Send(msg); err != nil && k.sockCtx.Err() != nil {
			return
		}
	}
}

// Wait blocks until the kernel has shut down and released its sockets.
func (k *Kernel) Wait() {
	<-k.ctx.Done()
	// A cell that ignores its cancelled context must not keep the
	// process alive: give the workers a moment, then close regardless.
	done := make(chan struct{})
	go func() { k.workers.Wait(); close(done) }()
	select {
	case <-done:
	case <-time.After(2 * time.Second):
		k.log.Print("a cell did not stop after shutdown; exiting anyway")
	}
	k.closeOnce.Do(func() {
		k.iopub.Flush(time.Second)
		k.closeSockets()
	})
}

// Restart reports whether the shutdown request asked for a restart.
func (k *Kernel) Restart() bool { return k.restart }

// Shutdown stops the kernel: the running cell is interrupted and the
// serving goroutines return.
func (k *Kernel) Shutdown() {
	k.quitOnce.Do(func() {
		k.Interrupt()
		k.stop()
	})
}

// Interrupt cancels the running cell's context, if any.
func (k *Kernel) Interrupt() {
	k.mu.Lock()
	defer k.mu.Unlock()
	if k.cancelCell != nil {
		k.cancelCell()
	}
}

func (k *Kernel) closeSockets() {
	k.sockStop()
	for _, r := range []*router{k.shell, k.control, k.stdin} {
		if r != nil {
			r.close()
		}
	}
	if k.hb != nil {
		k.hb.Close()
	}
	if k.iopub != nil {
		k.iopub.Close()
	}
}

func (k *Kernel) handleSignals(ch chan os.Signal) {
	defer signal.Stop(ch)
	for {
		select {
		case <-k.ctx.Done():
			return
		case s := <-ch:
			if s == syscall.SIGINT {
				k.Interrupt()
				continue
			}
			k.log.Printf("received %v, shutting down", s)
			k.Shutdown()
		}
	}
}

// watchParent shuts down when the process that started the kernel dies
// (the kernel is then re-parented, so getppid changes).
func (k *Kernel) watchParent() {
	ppid := k.cfg.ParentPID
	if ppid == 0 {
		ppid = os.Getppid()
	}
	t := time.NewTicker(time.Second)
	defer t.Stop()
	for {
		select {
		case <-k.ctx.Done():
			return
		case <-t.C:
			if os.Getppid() != ppid {
				k.log.Printf("parent process %d died, shutting down", ppid)
				k.Shutdown()
				return
			}
		}
	}
}

// publish sends an iopub message; it never blocks on subscribers.
func (k *Kernel) publish(parent *Message, msgType string, content any) {
	m, err := newMessage(k.session, msgType, parent, content)
	if err != nil {
		k.log.Print(err)
		return
	}
	k.pubMu.Lock()
	defer k.pubMu.Unlock()
	m.Identities = [][]byte{[]byte("kernel." + k.session + "." + msgType)}
	frames, err := k.codec.Encode(m)
	if err != nil {
		k.log.Print(err)
		return
	}
	k.iopub.Publish(frames)
}

// reply answers m on the socket it came from.
func (k *Kernel) reply(r *router, m *Message, msgType string, content any) {
	k.sendTo(r, m, msgType, content, false)
}

func (k *Kernel) sendTo(r *router, parent *Message, msgType string, content any, wait bool) {
	out, err := newMessage(k.session, msgType, parent, content)
	if err != nil {
		k.log.Print(err)
		return
	}
	out.Identities = parent.Identities
	frames, err := k.codec.Encode(out)
	if err != nil {
		k.log.Print(err)
		return
	}
	r.send(frames, wait)
}
