// Command figcompare writes one HTML page showing gobrian's rendering of
// each tutorial figure next to Brian2/matplotlib's reference PNG, for a
// person to compare (not a CI gate).
//
//	go run ./display/cmd/figcompare -out compare.html
//
// By default it renders synthetic equivalents of the tutorial plots
// (display/internal/samples). With -rendered DIR it shows PNGs named like
// the references (e.g. produced by running the notebooks) instead.
package main

import (
	"encoding/base64"
	"flag"
	"fmt"
	"html"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"github.com/gobrian/gobrian/display/internal/samples"
)

func main() {
	out := flag.String("out", "compare.html", "HTML file to write")
	ref := flag.String("ref", "/work/shared/reference/figures", "directory of reference PNGs")
	rendered := flag.String("rendered", "", "directory of our PNGs named like the references (default: synthetic figures)")
	flag.Parse()
	if err := run(*out, *ref, *rendered); err != nil {
		fmt.Fprintln(os.Stderr, "figcompare:", err)
		os.Exit(1)
	}
}

type row struct {
	name      string
	ours, ref []byte
	err       error
}

func run(out, refDir, rendered string) error {
	var rows []row
	if rendered != "" {
		files, err := filepath.Glob(filepath.Join(rendered, "*.png"))
		if err != nil {
			return err
		}
		sort.Strings(files)
		for _, f := range files {
			name := strings.TrimSuffix(filepath.Base(f), ".png")
			ours, err := os.ReadFile(f)
			rows = append(rows, row{name: name, ours: ours, err: err})
		}
	} else {
		for _, s := range samples.All() {
			ours, err := s.Figure.PNG(0)
			rows = append(rows, row{name: s.Name, ours: ours, err: err})
		}
	}
	for i := range rows {
		rows[i].ref, _ = os.ReadFile(filepath.Join(refDir, rows[i].name+".png"))
	}
	var b strings.Builder
	b.WriteString("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>gobrian figures vs reference</title>\n")
	b.WriteString("<style>body{font-family:sans-serif} td{vertical-align:top;padding:6px} img{max-width:100%}</style></head><body>\n")
	b.WriteString("<h1>gobrian (left) vs Brian2 2.5.1 / matplotlib reference (right)</h1>\n<table>\n")
	for _, r := range rows {
		fmt.Fprintf(&b, "<tr><th colspan=2>%s</th></tr>\n<tr><td>%s</td><td>%s</td></tr>\n",
			html.EscapeString(r.name), imgTag(r.ours, r.err), imgTag(r.ref, nil))
	}
	b.WriteString("</table></body></html>\n")
	return os.WriteFile(out, []byte(b.String()), 0o644)
}

func imgTag(png []byte, err error) string {
	switch {
	case err != nil:
		return "<pre>" + html.EscapeString(err.Error()) + "</pre>"
	case len(png) == 0:
		return "<i>missing</i>"
	}
	return `<img src="data:image/png;base64,` + base64.StdEncoding.EncodeToString(png) + `">`
}
