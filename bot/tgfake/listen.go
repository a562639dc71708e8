package tgfake

import (
	"fmt"
	"net"
	"net/http"
	"net/http/httptest"
)

// Listen starts a fake for the bot of token ("<bot id>:<secret>") and
// username on addr (host:port; port 0 picks a free one), for a bot run by
// hand against it (cmd/tgfake) rather than by a test.
func Listen(token, username, addr string) (*Server, error) {
	l, err := net.Listen("tcp", addr)
	if err != nil {
		return nil, fmt.Errorf("tgfake: unable to listen on %s: %w", addr, err)
	}
	s := newUnstarted(token, username)
	s.ts = httptest.NewUnstartedServer(http.HandlerFunc(s.serveHTTP))
	s.ts.Listener.Close()
	s.ts.Listener = l
	s.ts.Start()
	return s, nil
}
