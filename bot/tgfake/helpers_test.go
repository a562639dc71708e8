package tgfake

import (
	"errors"
	"net/http"
	"testing"
	"time"
)

var (
	alice = User{ID: 1001, FirstName: "Alice", Username: "alice"}
	bob   = User{ID: 1002, FirstName: "Bob"}
	team  = Chat{ID: -2001, Title: "Team"}
)

// newServer starts a fake server closed at the end of the test.
func newServer(t *testing.T) *Server {
	t.Helper()
	srv := New()
	t.Cleanup(srv.Close)
	return srv
}

// newBot connects the real client to srv.
func newBot(t *testing.T, srv *Server) *BotAPI {
	t.Helper()
	return newBotWithTimeout(t, srv, 5*time.Second)
}

func newBotWithTimeout(t *testing.T, srv *Server, timeout time.Duration) *BotAPI {
	t.Helper()
	bot, err := NewBotAPIWithClient(Token, srv.Endpoint(), &http.Client{Timeout: timeout})
	if err != nil {
		t.Fatalf("NewBotAPIWithClient: %v", err)
	}
	return bot
}

// apiErr returns err as a *Error, failing the test otherwise.
func apiErr(t *testing.T, err error) *Error {
	t.Helper()
	var e *Error
	if !errors.As(err, &e) {
		t.Fatalf("error %v (%T) is not a *Error", err, err)
	}
	return e
}

// wantAPIError checks that err is a Telegram error with code and
// description.
func wantAPIError(t *testing.T, err error, code int, desc string) {
	t.Helper()
	if err == nil {
		t.Fatalf("no error, want %d %q", code, desc)
	}
	e := apiErr(t, err)
	if e.Code != code || e.Message != desc {
		t.Fatalf("error = %d %q, want %d %q", e.Code, e.Message, code, desc)
	}
}

// waitPolling waits until a getUpdates call is long-polling.
func waitPolling(t *testing.T, srv *Server) {
	t.Helper()
	deadline := time.Now().Add(5 * time.Second)
	for !srv.polling() {
		if time.Now().After(deadline) {
			t.Fatal("no getUpdates call is long-polling")
		}
		time.Sleep(5 * time.Millisecond)
	}
}
