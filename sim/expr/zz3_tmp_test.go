package expr

import (
	"runtime"
	"syscall"
	"testing"
	"time"
)

func threadCPU() time.Duration {
	var ru syscall.Rusage
	_ = syscall.Getrusage(1, &ru)
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

func TestCPUNormalTmp(t *testing.T) {
	runtime.LockOSThread()
	var g gen
	g.seed(1, 2)
	buf := make([]float64, 256)
	for rep := 0; rep < 3; rep++ {
		c0 := threadCPU()
		for range 40000 {
			g.fillNormal(buf, 1)
		}
		c1 := threadCPU()
		for range 40000 {
			g.fillUniform(buf)
		}
		c2 := threadCPU()
		t.Logf("normal %.2f ns, uniform %.2f ns", float64(c1-c0)/40000/256, float64(c2-c1)/40000/256)
	}
}
