package matplotlib_test

import (
	"context"
	"testing"

	"github.com/gobrian/gobrian/interp"
)

// TestOddInputsNeverPanic: unusual but legal (or illegal) calls either
// work or raise a Python exception; a recovered Go panic would surface as
// SystemError.
func TestOddInputsNeverPanic(t *testing.T) {
	calls := []string{
		"plt.plot([])", "plt.plot([], [])", "plt.plot(5)", "plt.plot(1, 2, 'o')",
		"plt.plot([[1, 2], [3, 4]])", "plt.plot([1, 2], [[1, 2], [3, 4]], '-')",
		"plt.plot([float('nan'), 1, float('inf')])", "plt.scatter([], [])",
		"plt.scatter([1, 2], [1, 2], s=[0, -1], c=['r', 'g'])", "plt.scatter([1], [1], c=[0.5], cmap='nope')",
		"plt.hist([])", "plt.hist([1, 1, 1])", "plt.hist([1, 2], bins=[3, 2, 1])", "plt.hist([1, 2], bins='auto')",
		"plt.hist([float('nan'), 1])", "plt.bar([], [])", "plt.bar(['a', 'b'], [1, 2])",
		"plt.errorbar([1, 2], [1, 2], yerr=[[0.1, 0.2], [0.3, 0.4]])", "plt.errorbar([1], [1], yerr=[-1])",
		"plt.imshow([[1]])", "plt.imshow([1, 2, 3])", "plt.imshow([[[1, 0, 0], [0, 1, 0]]])",
		"plt.colorbar()", "plt.legend([])", "plt.legend(['a', 'b', 'c'])", "plt.legend(loc=99)",
		"plt.xlim(1, 1)", "plt.xlim(None, 5)", "plt.ylim((2, 1))", "plt.xlim(float('nan'), 1)",
		"plt.xscale('log'); plt.plot([-1, 0], [1, 2])", "plt.yscale('log'); plt.axhline(0)",
		"plt.xticks([])", "plt.xticks([1, 2], ['a'])", "plt.yticks([0, 1e300])",
		"plt.subplot(2, 2, 5)", "plt.subplot(1, 1, (1, 1))", "plt.subplots(0, 1)",
		"plt.figure(figsize=(0, 1))", "plt.figure(figsize=(1e6, 1e6)); plt.plot([1])",
		"plt.axis([0, 1])", "plt.axis('bogus')", "plt.title(5)", "plt.xlabel('$\\\\frac{$')",
		"plt.text(0, 0, '$x_$')", "plt.annotate('a', (0, 0), xytext=(1, 1), arrowprops={})",
		"plt.fill_between([1, 2], [1])", "plt.axvspan(1, 0)", "plt.margins(-1)",
		"plt.close('nope')", "plt.close(99)", "plt.figure(3); plt.figure(3); plt.close(3)",
		"plt.gca().set(xlim=(0, 1), ylabel='y', bogus=1)", "plt.grid(True, axis='x')",
		"plt.step([1, 2, 3], [1, 2, 1], where='mid')", "plt.loglog([0, 0], [0, 0])",
		"plt.plot([1, 2], color=(1, 0, 0))", "plt.plot([1, 2], color=(2, 0, 0))", "plt.plot([1], marker='*', ms=30)",
	}
	for _, src := range calls {
		s := newSession()
		out := &recorder{}
		res := s.Execute(context.Background(), "import matplotlib.pyplot as plt\n"+src+"\n", out, interp.ExecOptions{CellName: "<cell>"})
		if res.Error != nil && res.Error.Ename == "SystemError" {
			t.Errorf("%s: Go panic surfaced: %s", src, res.Error.Evalue)
		}
	}
}
