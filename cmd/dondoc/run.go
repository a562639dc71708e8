package main

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"os"
	"sync"
	"time"

	"github.com/robfig/cron/v3"

	"github.com/dondoc/dondoc/bot"
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
	if err := a.startHTTP(ctx, cfg); err != nil {
		return err
	}
	if cfg.MetricsAddr != "" {
		go serveMetrics(ctx, cfg.MetricsAddr, db, a.sender.Stats(), log)
	}
	return a.run(ctx, holderName())
}

func (a *app) run(ctx context.Context, holder string) error {
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		defer wg.Done()
		// One process at a time polls Telegram and spends the token's
		// sending budget; the others wait to take over.
		holdLease(ctx, a.store, "telegram", holder, time.Minute, a.log, func(ctx context.Context) {
			var inner sync.WaitGroup
			inner.Add(2)
			go func() { defer inner.Done(); a.bot.Run(ctx) }()
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

// holdLease runs work while this process holds the named lease, renewing it,
// and stops work when the lease is lost or ctx ends.
func holdLease(ctx context.Context, st *tasks.Store, name, holder string, ttl time.Duration, log *slog.Logger, work func(context.Context)) {
	for ctx.Err() == nil {
		ok, err := st.AcquireLease(ctx, name, holder, ttl, time.Now())
		if err != nil || !ok {
			if err != nil && ctx.Err() == nil {
				log.Warn("lease", "name", name, "err", err)
			}
			select {
			case <-ctx.Done():
			case <-time.After(ttl / 4):
			}
			continue
		}
		log.Info("holding lease", "name", name, "holder", holder)
		wctx, cancel := context.WithCancel(ctx)
		done := make(chan struct{})
		go func() { defer close(done); work(wctx) }()
		t := time.NewTicker(ttl / 3)
	renew:
		for {
			select {
			case <-done:
				break renew
			case <-t.C:
				ok, err := st.AcquireLease(ctx, name, holder, ttl, time.Now())
				if err != nil || !ok {
					log.Warn("lease lost", "name", name, "err", err)
					break renew
				}
			}
		}
		t.Stop()
		cancel()
		<-done
	}
	st.ReleaseLease(context.WithoutCancel(ctx), name, holder)
}

func holderName() string {
	host, _ := os.Hostname()
	return fmt.Sprintf("%s-%d-%d", host, os.Getpid(), time.Now().UnixNano()%100000)
}
