package main

import (
	"bytes"
	"context"
	"log/slog"
	"net"
	"net/http"
	"strings"
	"sync"
	"testing"
	"time"
)

// lockedBuffer is a log written by the server's goroutine and read by the
// test.
type lockedBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (l *lockedBuffer) Write(p []byte) (int, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.b.Write(p)
}

func (l *lockedBuffer) String() string {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.b.String()
}

func (l *lockedBuffer) Reset() {
	l.mu.Lock()
	defer l.mu.Unlock()
	l.b.Reset()
}

// TestServeHTTPSaysWhereOnlyOnceListening: the log names the address
// actually served (the port chosen for :0), and a port already taken is
// an error, never a "serving http" line.
func TestServeHTTPSaysWhereOnlyOnceListening(t *testing.T) {
	taken, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer taken.Close()
	logs := &lockedBuffer{}
	log := slog.New(slog.NewTextHandler(logs, nil))
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	serveHTTP(ctx, taken.Addr().String(), http.NotFoundHandler(), log) // returns at once
	if strings.Contains(logs.String(), "serving http") || !strings.Contains(logs.String(), "address already in use") {
		t.Errorf("a taken port logged:\n%s", logs.String())
	}

	logs.Reset()
	done := make(chan struct{})
	go func() { serveHTTP(ctx, "127.0.0.1:0", http.NotFoundHandler(), log); close(done) }()
	deadline := time.Now().Add(10 * time.Second)
	for !strings.Contains(logs.String(), "serving http") && time.Now().Before(deadline) {
		time.Sleep(10 * time.Millisecond)
	}
	cancel()
	<-done
	if !strings.Contains(logs.String(), "addr=127.0.0.1:") || strings.Contains(logs.String(), "addr=127.0.0.1:0 ") {
		t.Errorf("the log does not name the port served:\n%s", logs.String())
	}
}
