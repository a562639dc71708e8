package main

import (
	"context"
	"io"
	"log/slog"
	"regexp"
	"testing"
	"time"
)

// startRun starts `dondoc run` with the test's environment; stop ends it
// and checks that it stopped cleanly within 30 seconds.
func startRun(t *testing.T) (stop func()) {
	t.Helper()
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- cli(ctx, []string{"run"}, io.Discard, slog.New(slog.NewTextHandler(io.Discard, nil))) }()
	return func() {
		cancel()
		select {
		case err := <-done:
			if err != nil {
				t.Errorf("run: %v", err)
			}
		case <-time.After(30 * time.Second):
			t.Error("run did not stop")
		}
	}
}

var startCodeRE = regexp.MustCompile(`start=(\S+)`)

// startCode is the code of the first t.me join link that an operator
// command printed.
func startCode(t *testing.T, out string) string {
	t.Helper()
	m := startCodeRE.FindStringSubmatch(out)
	if m == nil {
		t.Fatalf("no join link in %q", out)
	}
	return m[1]
}
