//go:build !unix

package pystd

import "time"

// cpuTime is unavailable here; process_time falls back to elapsed time.
func cpuTime() (time.Duration, bool) { return 0, false }
