package main

import (
	"context"
	"errors"

	"github.com/gobrian/gobrian/interp"
	"github.com/gobrian/gobrian/kernel"
)

// stdinNotImplemented is IPython's StdinNotImplementedError, raised by
// input() when the frontend does not allow stdin (nbconvert, or
// allow_stdin false).
var stdinNotImplemented = interp.NewExceptionClass("StdinNotImplementedError", "IPython.core.error", interp.NotImplementedError)

// pythonInput wraps an Output so that input() failures reach Python as
// the exceptions IPython raises: StdinNotImplementedError, or
// KeyboardInterrupt when the cell is interrupted while waiting.
type pythonInput struct {
	interp.Output
}

func (p pythonInput) Input(ctx context.Context, prompt string, password bool) (string, error) {
	s, err := p.Output.Input(ctx, prompt, password)
	switch {
	case err == nil:
		return s, nil
	case errors.Is(err, kernel.ErrStdinNotAllowed):
		return "", interp.Errorf(stdinNotImplemented, "%s", err.Error())
	case ctx.Err() != nil:
		return "", interp.Errorf(interp.KeyboardInterrupt, "")
	}
	return "", err
}
