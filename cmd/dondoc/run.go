package main

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net"
	"strconv"
	"sync"
	"time"

	"github.com/robfig/cron/v3"

	"github.com/dondoc/dondoc/bot"
	"github.com/dondoc/dondoc/reminders"
	"github.com/dondoc/dondoc/tasks"
)

// app is the running bot's parts, wired once.
type app struct {
	store *tasks.Store
	// bots are the deployment's bots, one per token (bots.go); tg and bot
	// are the first one's, which the dashboard uses.
	bots []*botRun
	tg   *bot.Telegram
	bot  *bot.Bot
	// sender wakes every bot's outbox sender.
	sender senders
	cron   *cron.Cron
	log    *slog.Logger
	// reminders plans and queues reminders.
	reminders *reminders.Scheduler
	// leadership, when set, tells /readyz whether this process leads.
	leadership func() (leading bool, detail string)
	// outboxRetention is how long delivered outbox rows are kept
	// (DONDOC_OUTBOX_RETENTION_DAYS).
	outboxRetention time.Duration
}

// run runs the bot until ctx is cancelled.
func run(ctx context.Context, cfg config, log *slog.Logger) error {
	if len(cfg.Tokens) == 0 {
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
	if err := a.registerBots(ctx); err != nil {
		return err
	}
	a.setMenuButton(ctx, cfg)
	a.leadership = a.leadershipState
	if cfg.HTTPAddr != "" {
		// The webhook and the dashboard live there: without it the bot
		// would run deaf, so a port it cannot have stops the start.
		l, err := net.Listen("tcp", cfg.HTTPAddr)
		if err != nil {
			return fmt.Errorf(outHTTPAddr, cfg.HTTPAddr, err)
		}
		go serveListener(ctx, l, a.httpHandler(cfg), log)
	}
	if cfg.Ops.InternalAddr != "" {
		go serveHTTP(ctx, cfg.Ops.InternalAddr, a.internalHandler(), log.With("listener", "internal"))
	}
	return a.run(ctx)
}

func (a *app) run(ctx context.Context) error {
	var wg sync.WaitGroup
	wg.Add(1)
	go a.runCascade(ctx, &wg)
	for _, br := range a.bots {
		br.receiveByWebhook(ctx, &wg)
		wg.Add(1)
		// One process at a time polls Telegram for a bot and spends its
		// token's budget; the others stand by and take over within seconds.
		go func() { defer wg.Done(); br.lead(ctx, a.store.DB()) }()
	}
	a.createOccurrences(ctx) // catch up on what came due while no process ran
	a.scanReminders(ctx)
	a.cron.Start()
	<-ctx.Done()
	a.log.Info("shutting down")
	<-a.cron.Stop().Done()
	wg.Wait()
	return nil
}

// leadershipName names the leadership of one bot token: "telegram:<bot id>",
// so that a deployment with a bot per province has one leader per bot.
func leadershipName(botID int64) string {
	return "telegram:" + strconv.FormatInt(botID, 10)
}
