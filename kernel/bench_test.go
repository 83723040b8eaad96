package kernel

import "testing"

// BenchmarkExecuteRoundTrip: execute_request to execute_reply plus the idle
// status, over real zmq sockets, with an evaluator that does nothing.
func BenchmarkExecuteRoundTrip(b *testing.B) {
	_, c := startKernel(b, fakeEvaluator{})
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		c.execute("1", nil)
	}
}
