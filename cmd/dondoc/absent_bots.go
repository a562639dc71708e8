package main

import (
	"context"
	"fmt"
	"log/slog"
	"strings"
	"time"

	"github.com/jmoiron/sqlx"
	"github.com/lib/pq"
	"github.com/prometheus/client_golang/prometheus"

	"github.com/dondoc/dondoc/internal/leader"
)

// An organisation is served by one bot (orgs.bot_id). When an operator
// replaces a bot's token, the organisations stay bound to the old bot,
// which nothing runs any more: their outbox rows stay pending and their
// members are told to write to another bot. At start the process logs
// them with the command that moves them, and /metrics and /readyz count
// them, so that the stall is seen.

// absentOrg is an organisation bound to a bot that neither this process
// runs nor any other process leads.
type absentOrg struct {
	ID    int64  `db:"id"`
	Slug  string `db:"slug"`
	BotID int64  `db:"bot_id"`
}

// orgsOnAbsentBots returns the organisations bound to a bot that is not
// among running (the bots of this process) and whose leadership no process
// holds (a process of the same deployment running it holds its lock).
func orgsOnAbsentBots(ctx context.Context, db *sqlx.DB, running []int64) ([]absentOrg, error) {
	var bound []int64
	if err := db.SelectContext(ctx, &bound, `
		SELECT DISTINCT bot_id FROM orgs WHERE bot_id IS NOT NULL AND NOT (bot_id = ANY($1)) ORDER BY bot_id`,
		pq.Array(running)); err != nil {
		return nil, fmt.Errorf("absent bots: unable to list bound bots: %w", err)
	}
	var out []absentOrg
	for _, id := range bound {
		var led bool
		if err := db.GetContext(ctx, &led, `
			SELECT EXISTS (SELECT 1 FROM pg_locks WHERE locktype = 'advisory' AND objsubid = 1 AND granted
				AND ((classid::bigint << 32) | objid::bigint) = $1)`, leader.Key(leadershipName(id))); err != nil {
			return nil, fmt.Errorf("absent bots: unable to check bot %d: %w", id, err)
		}
		if led {
			continue
		}
		var orgs []absentOrg
		if err := db.SelectContext(ctx, &orgs, `SELECT id, slug, bot_id FROM orgs WHERE bot_id = $1 ORDER BY id`, id); err != nil {
			return nil, fmt.Errorf("absent bots: unable to list organisations of bot %d: %w", id, err)
		}
		out = append(out, orgs...)
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
