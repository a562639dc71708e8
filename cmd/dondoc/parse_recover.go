package main

import (
	"bytes"
	"errors"
	"io"
	"log/slog"
	"runtime/debug"
	"time"

	"github.com/dondoc/dondoc/directives"
	"github.com/dondoc/dondoc/tasks"
)

// extractFunc reads the directives of a conclusion: directives.Extract.
type extractFunc func(text string, dir *tasks.Directory, meeting time.Time) []directives.Directive

// writeSafely runs write into a buffer and copies it to out only when it
// ends well: a panic (a bug of the extractor on some text) prints nothing,
// is logged with its stack, and comes back as an error telling the operator
// the text was not processed and how to report it.
func writeSafely(out io.Writer, log *slog.Logger, write func(io.Writer) error) (err error) {
	var buf bytes.Buffer
	defer func() {
		if r := recover(); r != nil {
			log.Error("parse: extraction panicked", "panic", r, "stack", string(debug.Stack()))
			err = errors.New(outParsePanic)
		}
	}()
	if err := write(&buf); err != nil {
		return err
	}
	_, err = buf.WriteTo(out)
	return err
}
