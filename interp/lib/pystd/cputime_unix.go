//go:build unix

package pystd

import (
	"syscall"
	"time"
)

// cpuTime is the process's user plus system CPU time (time.process_time).
func cpuTime() (time.Duration, bool) {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0, false
	}
	d := time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
	return d, true
}
