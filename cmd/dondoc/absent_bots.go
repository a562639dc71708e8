package main

import (
	"context"
	"fmt"
	"log/slog"
	"strings"
	"time"

	"github.com/jmoiron/sqlx"
	"github.com/prometheus/client_golang/prometheus"

	"github.com/dondoc/dondoc/bot"
	"github.com/dondoc/dondoc/internal/leader"
	"github.com/dondoc/dondoc/outbox"
	"github.com/dondoc/dondoc/tasks"
)

// An organisation is served by one bot (orgs.bot_id). When an operator
// replaces a bot's token, the organisations stay bound to the old bot,
// which nothing runs any more: their outbox rows stay pending and their
// members are told to write to another bot. At start the process logs
// them with the command that moves them, and /metrics and /readyz count
// them and the outbox rows that wait for such a bot, so that the stall is
// seen.

// orgsOnAbsentBots returns the organisations bound to a bot that is not
// among running (the bots of this process) and whose leadership no process
// holds (a process of the same deployment running it holds its lock).
func orgsOnAbsentBots(ctx context.Context, db *sqlx.DB, running []int64) ([]tasks.BotOrg, error) {
	orgs, err := tasks.OrgsOnOtherBots(ctx, db, running)
	if err != nil {
		return nil, fmt.Errorf("absent bots: %w", err)
	}
	var out []tasks.BotOrg
	led := ledBots{}
	for _, o := range orgs {
		held, err := led.held(ctx, db, o.BotID)
		if err != nil {
			return nil, err
		}
		if !held {
			out = append(out, o)
		}
	}
	return out, nil
}

// ledBots remembers which bots some process leads, each asked once.
type ledBots map[int64]bool

func (l ledBots) held(ctx context.Context, db *sqlx.DB, botID int64) (bool, error) {
	if held, seen := l[botID]; seen {
		return held, nil
	}
	held, err := leader.Held(ctx, db.DB, leadershipName(botID))
	if err != nil {
		return false, fmt.Errorf("absent bots: %w", err)
	}
	l[botID] = held
	return held, nil
}

// rowsOnAbsentBots counts, by bot, the outbox rows not sent yet that wait
// for a bot that is not among running and that no process leads: nobody
// sends them until their organisation is moved (dondoc org bot).
func rowsOnAbsentBots(ctx context.Context, db *sqlx.DB, running []int64) (map[int64]int, error) {
	byBot, err := outbox.UnsentOnOtherBots(ctx, db, running)
	if err != nil {
		return nil, fmt.Errorf("absent bots: %w", err)
	}
	return onlyAbsent(ctx, db, byBot)
}

// updatesOnAbsentBots counts, by bot, the updates recorded and not handled
// of a bot that is not among running and that no process leads: only that
// bot may handle them, once its token runs again.
func updatesOnAbsentBots(ctx context.Context, db *sqlx.DB, running []int64) (map[int64]int, error) {
	byBot, err := bot.UnhandledOnOtherBots(ctx, db, running)
	if err != nil {
		return nil, fmt.Errorf("absent bots: %w", err)
	}
	return onlyAbsent(ctx, db, byBot)
}

// onlyAbsent drops from byBot the bots that some process leads.
func onlyAbsent(ctx context.Context, db *sqlx.DB, byBot map[int64]int) (map[int64]int, error) {
	led := ledBots{}
	for botID := range byBot {
		held, err := led.held(ctx, db, botID)
		if err != nil {
			return nil, err
		}
		if held {
			delete(byBot, botID)
		}
	}
	return byBot, nil
}

// total adds up counts by bot.
func total(byBot map[int64]int) int {
	n := 0
	for _, c := range byBot {
		n += c
	}
	return n
}

// warnAbsentBots logs, at start, the organisations bound to a bot that
// nothing runs, with the command that moves each to a bot of this process.
func warnAbsentBots(ctx context.Context, db *sqlx.DB, running []int64, usernames []string, log *slog.Logger) error {
	rows, err := rowsOnAbsentBots(ctx, db, running)
	if err != nil {
		return err
	}
	for botID, n := range rows {
		log.Warn("outbox rows wait for a bot that no process runs: they are sent once their organisations are moved to a running bot",
			"bot_id", botID, "rows", n)
	}
	updates, err := updatesOnAbsentBots(ctx, db, running)
	if err != nil {
		return err
	}
	for botID, n := range updates {
		log.Warn("updates received by a bot that no process runs wait unhandled: run that bot's token again, once, to handle them",
			"bot_id", botID, "updates", n)
	}
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

// absentBotCollector reports dondoc_orgs_on_absent_bot and
// dondoc_outbox_rows_on_absent_bot when scraped.
type absentBotCollector struct {
	db          *sqlx.DB
	running     []int64
	desc        *prometheus.Desc
	rowsDesc    *prometheus.Desc
	updatesDesc *prometheus.Desc
}

func newAbsentBotCollector(db *sqlx.DB, running []int64) *absentBotCollector {
	return &absentBotCollector{db: db, running: running,
		desc: prometheus.NewDesc("dondoc_orgs_on_absent_bot",
			"Organisations bound to a bot that no process runs (their outbox stays pending): move them with dondoc org bot.", nil, nil),
		rowsDesc: prometheus.NewDesc("dondoc_outbox_rows_on_absent_bot",
			"Outbox rows not sent yet that wait for a bot that no process runs: sent once their organisations are moved with dondoc org bot.", nil, nil),
		updatesDesc: prometheus.NewDesc("dondoc_updates_on_absent_bot",
			"Updates recorded and not handled of a bot that no process runs: handled when its token runs again.", nil, nil)}
}

// Describe implements prometheus.Collector.
func (c *absentBotCollector) Describe(ch chan<- *prometheus.Desc) {
	ch <- c.desc
	ch <- c.rowsDesc
	ch <- c.updatesDesc
}

// Collect implements prometheus.Collector.
func (c *absentBotCollector) Collect(ch chan<- prometheus.Metric) {
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	if orgs, err := orgsOnAbsentBots(ctx, c.db, c.running); err == nil {
		ch <- prometheus.MustNewConstMetric(c.desc, prometheus.GaugeValue, float64(len(orgs)))
	}
	if rows, err := rowsOnAbsentBots(ctx, c.db, c.running); err == nil {
		ch <- prometheus.MustNewConstMetric(c.rowsDesc, prometheus.GaugeValue, float64(total(rows)))
	}
	if updates, err := updatesOnAbsentBots(ctx, c.db, c.running); err == nil {
		ch <- prometheus.MustNewConstMetric(c.updatesDesc, prometheus.GaugeValue, float64(total(updates)))
	}
}

// absentBotsLine is the /readyz line naming the organisations on a bot
// that nothing runs, or "" when there are none.
func absentBotsLine(ctx context.Context, db *sqlx.DB, running []int64) string {
	line := ""
	if orgs, err := orgsOnAbsentBots(ctx, db, running); err == nil && len(orgs) > 0 {
		slugs := make([]string, len(orgs))
		for i, o := range orgs {
			slugs[i] = o.Slug
		}
		line = fmt.Sprintf("orgs_on_absent_bot: %d (%s)\n", len(orgs), strings.Join(slugs, ", "))
	}
	if rows, err := rowsOnAbsentBots(ctx, db, running); err == nil && total(rows) > 0 {
		line += fmt.Sprintf("outbox_rows_on_absent_bot: %d\n", total(rows))
	}
	if updates, err := updatesOnAbsentBots(ctx, db, running); err == nil && total(updates) > 0 {
		line += fmt.Sprintf("updates_on_absent_bot: %d\n", total(updates))
	}
	return line
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
