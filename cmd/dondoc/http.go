package main

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net"
	"net/http"
	"net/url"
	"sync"
	"time"

	"github.com/jmoiron/sqlx"

	"github.com/dondoc/dondoc/bot"
	"github.com/dondoc/dondoc/migrations"
	"github.com/dondoc/dondoc/outbox"
)

// defaultWebhookPath is where updates are posted when DONDOC_WEBHOOK_URL
// has no path.
const defaultWebhookPath = "/telegram"

// webhookPath is the path of the webhook URL that the HTTP server serves.
func webhookPath(webhookURL string) string {
	u, err := url.Parse(webhookURL)
	if err != nil || u.Path == "" || u.Path == "/" {
		return defaultWebhookPath
	}
	return u.Path
}

// httpParts are what dondoc's HTTP servers serve: the public one
// (httpHandler) and the internal listener (internalHandler).
type httpParts struct {
	db      *sqlx.DB
	senders []*outbox.Stats
	updates []*bot.Stats
	// webhooks are the bots' webhook handlers by path.
	webhooks map[string]http.Handler
	// leadership, when set, says whether this process leads for the token
	// (it polls or handles what the webhook records, and sends); /readyz
	// reports it.
	leadership func() (leading bool, detail string)
	// dashboard, when set, is the leaders' dashboard, served on every
	// other path (http_web.go).
	dashboard http.Handler
	// running are the ids of this process's bots (absent_bots.go).
	running []int64
}

// httpHandler routes the public server: /healthz, the webhook paths and
// the dashboard. /metrics and /readyz are not served there (they tell
// anyone the queues and the leadership): they are on the internal
// listener (internalHandler), and answer 404 here.
func httpHandler(p httpParts) http.Handler {
	mux := http.NewServeMux()
	mux.HandleFunc("GET /healthz", healthz)
	mux.Handle("/metrics", http.NotFoundHandler())
	mux.Handle("/readyz", http.NotFoundHandler())
	for path, h := range p.webhooks {
		mux.Handle("POST "+path, h)
	}
	if p.dashboard != nil {
		mux.Handle("/", p.dashboard)
	}
	return mux
}

// internalHandler routes the internal listener (DONDOC_INTERNAL_ADDR):
// /metrics, /readyz and /healthz, for monitoring and the orchestrator.
func internalHandler(p httpParts) http.Handler {
	mux := http.NewServeMux()
	mux.Handle("GET /metrics", metricsHandler(p.db, p.senders, p.updates, newAbsentBotCollector(p.db, p.running)))
	mux.HandleFunc("GET /healthz", healthz)
	mux.HandleFunc("GET /readyz", func(w http.ResponseWriter, r *http.Request) {
		ctx, cancel := context.WithTimeout(r.Context(), 3*time.Second)
		defer cancel()
		if err := p.db.PingContext(ctx); err != nil {
			http.Error(w, "database: unreachable", http.StatusServiceUnavailable)
			return
		}
		pending, err := migrations.Pending(ctx, p.db.DB)
		if err != nil || pending {
			http.Error(w, "database: migrations not applied", http.StatusServiceUnavailable)
			return
		}
		state := "unknown"
		if p.leadership != nil {
			leading, detail := p.leadership()
			state = "standby"
			if leading {
				state = "leader"
			}
			if detail != "" {
				state += " (" + detail + ")"
			}
		}
		fmt.Fprintf(w, "ready\nleadership: %s\n%s", state, absentBotsLine(ctx, p.db, p.running))
	})
	return mux
}

// healthz says the process is up.
func healthz(w http.ResponseWriter, _ *http.Request) {
	fmt.Fprintln(w, "ok")
}

// serveHTTP serves h on addr until ctx ends. A port it cannot bind is
// logged, and it returns.
func serveHTTP(ctx context.Context, addr string, h http.Handler, log *slog.Logger) {
	l, err := net.Listen("tcp", addr)
	if err != nil {
		log.Error("http server", "err", err)
		return
	}
	serveListener(ctx, l, h, log)
}

// serveListener serves h on l until ctx ends.
func serveListener(ctx context.Context, l net.Listener, h http.Handler, log *slog.Logger) {
	srv := &http.Server{Handler: h, ReadHeaderTimeout: 5 * time.Second}
	go func() {
		<-ctx.Done()
		shutdown, cancel := context.WithTimeout(context.Background(), 5*time.Second)
		defer cancel()
		srv.Shutdown(shutdown)
	}()
	log.Info("serving http", "addr", l.Addr().String())
	if err := srv.Serve(l); err != nil && !errors.Is(err, http.ErrServerClosed) {
		log.Error("http server", "err", err)
	}
}

// httpHandler is the app's public HTTP server.
func (a *app) httpHandler(cfg config) http.Handler {
	p := a.httpParts()
	for _, br := range a.bots {
		if br.webhook.URL != "" {
			p.webhooks[br.webhookPath] = br.bot.WebhookHandler()
		}
	}
	p.dashboard = a.dashboard(cfg)
	return httpHandler(p)
}

// internalHandler is the app's internal listener: metrics and readiness.
func (a *app) internalHandler() http.Handler {
	return internalHandler(a.httpParts())
}

func (a *app) httpParts() httpParts {
	p := httpParts{db: a.store.DB(), leadership: a.leadership, webhooks: map[string]http.Handler{}, running: a.botIDs()}
	for _, br := range a.bots {
		p.senders = append(p.senders, br.sender.Stats())
		p.updates = append(p.updates, br.bot.Stats())
	}
	return p
}

// receiveByWebhook, with a webhook set, has every replica record the
// updates Telegram posts to it for this bot; the bot's leader handles them
// (poll) and sends, so that one budget per token holds.
func (br *botRun) receiveByWebhook(ctx context.Context, wg *sync.WaitGroup) {
	if br.webhook.URL == "" {
		return
	}
	wg.Add(1)
	go func() { defer wg.Done(); br.bot.RunWebhook(ctx, br.webhook) }()
}
