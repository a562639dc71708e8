package main

import (
	"context"
	"net/http"
	"time"

	"github.com/dondoc/dondoc/web"
)

// dashboard is the leaders' dashboard that the HTTP server serves beside
// /metrics, /healthz, /readyz and the webhook; nil when it cannot start.
func (a *app) dashboard(cfg config) http.Handler {
	dash, err := web.New(a.store, web.Config{Token: cfg.Token, OtherTokens: cfg.Tokens[1:], PublicURL: cfg.Web.PublicURL,
		InitDataMaxAge: cfg.Web.InitDataMaxAge, Files: a.files()}, a.sender.Kick, time.Now, a.log.With("component", "web"))
	if err != nil {
		a.log.Error("dashboard", "err", err)
		return nil
	}
	return dash.Handler()
}

// setMenuButton, when DONDOC_PUBLIC_URL is set, makes the bot's menu button
// open the dashboard.
func (a *app) setMenuButton(ctx context.Context, cfg config) {
	if cfg.Web.PublicURL == "" {
		return
	}
	for _, br := range a.bots {
		if err := br.tg.SetMenuButton(ctx, outMenuButton, cfg.Web.PublicURL+"/"); err != nil {
			br.log.Warn("could not set the menu button", "err", err)
		}
	}
}
