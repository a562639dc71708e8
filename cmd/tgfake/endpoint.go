package main

import (
	"fmt"
	"io"
	"log"
	"net"
	"net/http"
	"net/http/httputil"
	"net/url"
	"strconv"
	"strings"

	"github.com/dondoc/dondoc/bot/tgfake"
)

// fakeBot is one bot of the emulator: its token, its @username and the
// fake Telegram that serves it.
type fakeBot struct {
	token    string
	username string
	srv      *tgfake.Server
}

// endpoint serves several fakes on one base URL, as api.telegram.org
// serves every token: a request goes to the fake of the token in its path.
type endpoint struct {
	url  string
	bots []*fakeBot
	http *http.Server
}

// listen starts a fake per token and the endpoint in front of them on
// addr. usernames are the bots' @usernames, in the order of tokens; a
// missing one is made up. Update and message ids start after base
// (tgfake.Server.IDsAfter).
func listen(addr string, tokens, usernames []string, base int64) (*endpoint, error) {
	l, err := net.Listen("tcp", addr)
	if err != nil {
		return nil, fmt.Errorf("tgfake: unable to listen on %s: %w", addr, err)
	}
	e := &endpoint{url: "http://" + l.Addr().String()}
	byToken := map[string]*httputil.ReverseProxy{}
	for i, tok := range tokens {
		name := "dondoc_local_bot"
		if i < len(usernames) && usernames[i] != "" {
			name = strings.TrimPrefix(usernames[i], "@")
		} else if i > 0 {
			name = "dondoc_local" + strconv.Itoa(i+1) + "_bot"
		}
		srv := tgfake.NewBot(tok, name)
		srv.IDsAfter(base)
		u, _ := url.Parse(srv.URL())
		p := httputil.NewSingleHostReverseProxy(u)
		p.ErrorLog = log.New(io.Discard, "", 0) // long polls cut short at the end
		byToken[tok] = p
		e.bots = append(e.bots, &fakeBot{token: tok, username: name, srv: srv})
	}
	e.http = &http.Server{Handler: http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		rest := strings.TrimPrefix(strings.TrimPrefix(r.URL.Path, "/file"), "/bot")
		tok, _, _ := strings.Cut(rest, "/")
		p, ok := byToken[tok]
		if !ok {
			w.Header().Set("Content-Type", "application/json")
			w.WriteHeader(http.StatusUnauthorized)
			io.WriteString(w, `{"ok":false,"error_code":401,"description":"Unauthorized"}`)
			return
		}
		p.ServeHTTP(w, r)
	})}
	go e.http.Serve(l)
	return e, nil
}

// Close stops the endpoint and every fake.
func (e *endpoint) Close() {
	e.http.Close()
	for _, b := range e.bots {
		b.srv.Close()
	}
}
