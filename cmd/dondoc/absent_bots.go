package main

import (
	"context"
	"fmt"
	"log/slog"
	"strings"
	"time"

	"github.com/jmoiron/sqlx"
	"github.com/prometheus/client_golang/prometheus"

	"github.com/dondoc/dondoc/internal/leader"
	"github.com/dondoc/dondoc/tasks"
)

// An organisation is served by one bot (orgs.bot_id). When an operator
// replaces a bot's token, the organisations stay bound to the old bot,
// which nothing runs any more: their outbox rows stay pending and their
// members are told to write to another bot. At start the process logs
// them with the command that moves them, and /metrics and /readyz count
// them, so that the stall is seen.

// orgsOnAbsentBots returns the organisations bound to a bot that is not
// among running (the bots of this process) and whose leadership no process
// holds (a process of the same deployment running it holds its lock).
func orgsOnAbsentBots(ctx context.Context, db *sqlx.DB, running []int64) ([]tasks.BotOrg, error) {
	orgs, err := tasks.OrgsOnOtherBots(ctx, db, running)
	if err != nil {
		return nil, fmt.Errorf("absent bots: %w", err)
	}
	var out []tasks.BotOrg
	led := map[int64]bool{}
	for _, o := range orgs {
		held, seen := led[o.BotID]
		if !seen {
			if held, err = leader.Held(ctx, db.DB, leadershipName(o.BotID)); err != nil {
				return nil, fmt.Errorf("absent bots: %w", err)
			}
			led[o.BotID] = held
		}
		if !held {
			out = append(out, o)
		}
	}
	return out, nil
}

// warnAbsentBots logs, at start, the organisations bound to a bot that
// nothing runs, with the command that moves each to a bot of this process.
func warnAbsentBots(ctx context.Context, db *sqlx.DB, running []int64, usernames []string, log *slog.Logger) error {
	orgs, err := orgsOnAbsentBots(ctx, db, running)
	if err != nil || len(orgs) == 0 {
		return err
	}
	target := "BOT"
	if len(usernames) == 1 && usernames[0] != "" {
		target = "@" + usernames[0]
	}
	for _, o := range orgs {
		log.Warn("organisation bound to a bot that is not running: its messages stay unsent and its members are turned away until it is moved",
			"org_id", o.ID, "org_slug", o.Slug, "bot_id", o.BotID,
			"fix", fmt.Sprintf("dondoc org bot --org %s --bot %s", o.Slug, target))
	}
	return nil
}

// absentBotCollector reports dondoc_orgs_on_absent_bot when scraped.
type absentBotCollector struct {
	db      *sqlx.DB
	running []int64
	desc    *prometheus.Desc
}

func newAbsentBotCollector(db *sqlx.DB, running []int64) *absentBotCollector {
	return &absentBotCollector{db: db, running: running, desc: prometheus.NewDesc("dondoc_orgs_on_absent_bot",
		"Organisations bound to a bot that no process runs (their outbox stays pending): move them with dondoc org bot.", nil, nil)}
}

// Describe implements prometheus.Collector.
func (c *absentBotCollector) Describe(ch chan<- *prometheus.Desc) { ch <- c.desc }

// Collect implements prometheus.Collector.
func (c *absentBotCollector) Collect(ch chan<- prometheus.Metric) {
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	if orgs, err := orgsOnAbsentBots(ctx, c.db, c.running); err == nil {
		ch <- prometheus.MustNewConstMetric(c.desc, prometheus.GaugeValue, float64(len(orgs)))
	}
}

// absentBotsLine is the /readyz line naming the organisations on a bot
// that nothing runs, or "" when there are none.
func absentBotsLine(ctx context.Context, db *sqlx.DB, running []int64) string {
	orgs, err := orgsOnAbsentBots(ctx, db, running)
	if err != nil || len(orgs) == 0 {
		return ""
	}
	slugs := make([]string, len(orgs))
	for i, o := range orgs {
		slugs[i] = o.Slug
	}
	return fmt.Sprintf("orgs_on_absent_bot: %d (%s)\n", len(orgs), strings.Join(slugs, ", "))
}

// botIDs are the ids of this process's bots.
func (a *app) botIDs() []int64 {
	ids := make([]int64, len(a.bots))
	for i, br := range a.bots {
		ids[i] = br.tg.ID()
	}
	return ids
}

// botUsernames are the @usernames of this process's bots.
func (a *app) botUsernames() []string {
	names := make([]string, len(a.bots))
	for i, br := range a.bots {
		names[i] = br.tg.Username()
	}
	return names
}
