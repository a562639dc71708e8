package main

import (
	"context"
	"log/slog"
	"time"

	"github.com/jmoiron/sqlx"
	"github.com/robfig/cron/v3"

	"github.com/dondoc/dondoc/bot"
	"github.com/dondoc/dondoc/reminders"
	"github.com/dondoc/dondoc/tasks"
)

// newApp wires the parts of the bot.
func newApp(ctx context.Context, cfg config, db *sqlx.DB, log *slog.Logger) (*app, error) {
	tgs, err := connectBots(ctx, cfg)
	if err != nil {
		return nil, err
	}
	sched := reminders.New(db, log.With("component", "reminders"))
	st := tasks.NewStore(db, tasks.WithScheduler(sched))
	c := cron.New(cron.WithLocation(cfg.Location), cron.WithChain(cron.Recover(cronLogger{log})))
	a := &app{store: st, cron: c, log: log, reminders: sched}
	a.outboxRetention = cfg.Ops.OutboxRetention
	for _, tg := range tgs {
		br := newBotRun(tg, cfg, db, st, sched, len(tgs) > 1, log)
		a.bots = append(a.bots, br)
		a.sender = append(a.sender, br.sender)
	}
	a.tg, a.bot = a.bots[0].tg, a.bots[0].bot
	if _, err := c.AddFunc("@every 1m", func() { a.scanRemindersRetrying(ctx) }); err != nil {
		return nil, err
	}
	if _, err := c.AddFunc("@every 1m", func() { a.runWeekly(ctx) }); err != nil {
		return nil, err
	}
	if _, err := c.AddFunc("@every 5m", func() { a.createOccurrences(ctx) }); err != nil {
		return nil, err
	}
	if _, err := c.AddFunc("@daily", func() { a.cleanup(ctx) }); err != nil {
		return nil, err
	}
	return a, nil
}

// reminderBatch is how many due reminders a scan claims per transaction.
const reminderBatch = 500

// scanReminders queues the reminders that are due and wakes the sender. It
// is what cron runs every minute; `dondoc reminders scan` runs the same
// scan once.
func (a *app) scanReminders(ctx context.Context) {
	if _, err := a.reminders.Scan(ctx, time.Now(), reminderBatch); err != nil {
		a.log.Error("reminder scan", "err", err)
		return
	}
	a.sender.Kick()
}

// createOccurrences creates the next task of each recurring series that is
// due for one; several processes may run it at once.
func (a *app) createOccurrences(ctx context.Context) {
	n, err := a.store.CreateDueOccurrences(ctx, time.Now())
	if err != nil {
		a.log.Error("recurring tasks", "err", err)
		return
	}
	if n > 0 {
		a.log.Info("recurring tasks created", "count", n)
		a.sender.Kick()
	}
}

// cleanup forgets old bookkeeping: recorded updates, and outbox rows
// delivered long ago (cleanup_outbox.go).
func (a *app) cleanup(ctx context.Context) {
	a.pruneOutbox(ctx, time.Now(), a.outboxRetention)
	if err := bot.ForgetUpdates(ctx, a.store.DB(), time.Now().Add(-7*24*time.Hour)); err != nil {
		a.log.Error("cleanup", "err", err)
	}
	a.forgetCascadeSteps(ctx)
}

// cronLogger lets robfig/cron log through slog.
type cronLogger struct{ log *slog.Logger }

// Info logs cron's routine messages at debug level: one per run would drown the log.
func (l cronLogger) Info(msg string, kv ...any) { l.log.Debug(msg, kv...) }

// Error logs cron's errors at error level.
func (l cronLogger) Error(err error, msg string, kv ...any) {
	l.log.Error(msg, append(kv, "err", err)...)
}
