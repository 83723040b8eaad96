// Package kernel is a Jupyter kernel server speaking messaging protocol 5.3
// over ZeroMQ (github.com/go-zeromq/zmq4).
//
// The server knows nothing of the language it runs: cells go to an
// Evaluator, and their side effects come back through an Output, which the
// kernel turns into iopub messages (stream text coalesced to a few
// messages a second, display data, clear_output, input_request on stdin).
//
// Sockets: shell, control and stdin are ROUTERs, hb is a REP, and iopub is
// this package's own PUB server (pubsock.go) so that a subscriber which
// stops reading can never stall the kernel or the other subscribers.
// Heartbeat and control are served by their own goroutines, so a long cell
// never makes the kernel look dead and can always be interrupted.
package kernel
