package syntax

import "errors"

// The parser's author replaces this file.

func parse(filename, src string, allowMagics bool) (*File, error) {
	return nil, errors.New("parser not written yet")
}

func parseExpr(filename, src string) (Expr, error) {
	return nil, errors.New("parser not written yet")
}
