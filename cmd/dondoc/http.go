package main

import (
	"context"
	"errors"
	"log/slog"
	"net"
	"net/http"
	"time"

	"github.com/dondoc/dondoc/web"
)

// httpServer is dondoc's one HTTP server on DONDOC_HTTP_ADDR: the
// dashboard (package web) and /healthz.
type httpServer struct {
	srv *http.Server
	ln  net.Listener
	log *slog.Logger
}

// newHTTPServer listens on cfg.Web.Addr and mounts the dashboard.
func newHTTPServer(a *app, cfg config, log *slog.Logger) (*httpServer, error) {
	dash, err := web.New(a.store, web.Config{Token: cfg.Token, PublicURL: cfg.Web.PublicURL, InitDataMaxAge: cfg.Web.InitDataMaxAge, Files: a.tg},
		a.sender.Kick, time.Now, log.With("component", "web"))
	if err != nil {
		return nil, err
	}
	mux := http.NewServeMux()
	mux.HandleFunc("GET /healthz", func(w http.ResponseWriter, r *http.Request) { w.Write([]byte("ok\n")) })
	mux.Handle("/", dash.Handler())
	ln, err := net.Listen("tcp", cfg.Web.Addr)
	if err != nil {
		return nil, err
	}
	return &httpServer{srv: &http.Server{Handler: mux, ReadHeaderTimeout: 10 * time.Second}, ln: ln, log: log}, nil
}

// serve serves until ctx ends, then shuts down gracefully.
func (h *httpServer) serve(ctx context.Context) {
	go func() {
		<-ctx.Done()
		shutdown, cancel := context.WithTimeout(context.Background(), 5*time.Second)
		defer cancel()
		h.srv.Shutdown(shutdown)
	}()
	h.log.Info("serving http", "addr", h.ln.Addr().String())
	if err := h.srv.Serve(h.ln); err != nil && !errors.Is(err, http.ErrServerClosed) {
		h.log.Error("http server", "err", err)
	}
}

// startHTTP starts the HTTP server when DONDOC_HTTP_ADDR is set and, when
// DONDOC_PUBLIC_URL is, makes the bot's menu button open the dashboard.
func (a *app) startHTTP(ctx context.Context, cfg config) error {
	if cfg.Web.PublicURL != "" {
		if err := a.tg.SetMenuButton(outMenuButton, cfg.Web.PublicURL+"/"); err != nil {
			a.log.Warn("could not set the menu button", "err", err)
		}
	}
	if cfg.Web.Addr == "" {
		return nil
	}
	h, err := newHTTPServer(a, cfg, a.log)
	if err != nil {
		return err
	}
	go h.serve(ctx)
	return nil
}
