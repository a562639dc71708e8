package main

import (
	"context"
	"errors"
	"log/slog"
	"strings"
	"sync"
	"sync/atomic"

	"github.com/robfig/cron/v3"

	"github.com/dondoc/dondoc/bot"
	"github.com/dondoc/dondoc/internal/leader"
	"github.com/dondoc/dondoc/outbox"
	"github.com/dondoc/dondoc/reminders"
	"github.com/dondoc/dondoc/tasks"
)

// app is the running bot's parts, wired once.
type app struct {
	store  *tasks.Store
	tg     *bot.Telegram
	bot    *bot.Bot
	sender *outbox.Sender
	cron   *cron.Cron
	log    *slog.Logger
	// reminders plans and queues reminders.
	reminders *reminders.Scheduler
	// webhook, when its URL is set, receives updates instead of polling.
	webhook bot.WebhookOptions
	// leadership, when set, tells /readyz whether this process leads.
	leadership func() (leading bool, detail string)
	// leading is true while this process leads: it polls and sends.
	leading atomic.Bool
}

// run runs the bot until ctx is cancelled.
func run(ctx context.Context, cfg config, log *slog.Logger) error {
	if cfg.Token == "" {
		return errors.New(outNoToken)
	}
	log.Info("starting dondoc", "config", cfg.String())
	db, err := openDB(ctx, cfg.DatabaseURL, log)
	if err != nil {
		return err
	}
	defer db.Close()
	a, err := newApp(ctx, cfg, db, log)
	if err != nil {
		return err
	}
	a.setMenuButton(ctx, cfg)
	name := leadershipName(cfg.Token)
	a.leadership = func() (bool, string) { return a.leading.Load(), name }
	if cfg.HTTPAddr != "" {
		go serveHTTP(ctx, cfg.HTTPAddr, a.httpHandler(cfg), log)
	}
	return a.run(ctx, name)
}

func (a *app) run(ctx context.Context, leadership string) error {
	var wg sync.WaitGroup
	a.receiveByWebhook(ctx, &wg)
	wg.Add(1)
	go a.runCascade(ctx, &wg)
	wg.Add(1)
	go func() {
		defer wg.Done()
		// One process at a time polls Telegram and spends the token's
		// sending budget; the others stand by and take over within seconds.
		leader.Run(ctx, a.store.DB().DB, leadership, a.log, func(ctx context.Context) {
			a.leading.Store(true)
			defer a.leading.Store(false)
			var inner sync.WaitGroup
			inner.Add(2)
			go func() { defer inner.Done(); a.poll(ctx) }()
			go func() { defer inner.Done(); a.sender.Run(ctx) }()
			inner.Wait()
		})
	}()
	a.createOccurrences(ctx) // catch up on what came due while no process ran
	a.scanReminders(ctx)
	a.cron.Start()
	<-ctx.Done()
	a.log.Info("shutting down")
	<-a.cron.Stop().Done()
	wg.Wait()
	return nil
}

// leadershipName names the leadership of one bot token: "telegram:<bot id>"
// (the id is the token's part before the colon), so that a deployment with
// a bot per province has one leader per bot.
func leadershipName(token string) string {
	id, _, _ := strings.Cut(token, ":")
	return "telegram:" + id
}
