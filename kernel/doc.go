// Package kernel is a Jupyter kernel server speaking messaging protocol 5.3
// over ZeroMQ (github.com/go-zeromq/zmq4).
//
// The server knows nothing of the language it runs: cells go to an
// Evaluator, and their side effects come back through an Output, which the
// kernel turns into iopub messages (stream text coalesced to at most ~20
// messages a second, display data, clear_output) and stdin input_requests.
//
// Sockets: shell, control and stdin are ROUTERs, each with one goroutine
// that receives (verifying signatures; bad messages are dropped and
// logged) and one that performs every send. hb is a REP served by its own
// goroutine, and iopub is this package's own PUB server (pubsock.go): each
// subscriber has a writer goroutine and a bounded queue, so a subscriber
// that stops reading loses messages (counted in the log) but never stalls
// the kernel or the other subscribers, as zmq4's PUB would.
//
// Shell and control requests are handled by one goroutine each, so that a
// long cell never blocks interrupt_request, shutdown_request or the
// heartbeat. An interrupt (control message or SIGINT) cancels the running
// cell's context.
package kernel
