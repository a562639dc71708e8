package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net/url"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/jmoiron/sqlx"

	"github.com/dondoc/dondoc/bot"
	"github.com/dondoc/dondoc/internal/leader"
	"github.com/dondoc/dondoc/outbox"
	"github.com/dondoc/dondoc/reminders"
	"github.com/dondoc/dondoc/tasks"
	"github.com/dondoc/dondoc/web"
)

// botRun is one bot token of the deployment with everything that is its
// own: the connection, the handlers, the outbox sender of its
// organisations' rows, Telegram's budget for the token (shared by replies
// and the sender), the update ledger (by bot id), the leadership that lets
// one process at a time poll and send for it, and its webhook.
type botRun struct {
	tg      *bot.Telegram
	bot     *bot.Bot
	sender  *outbox.Sender
	limits  *outbox.Limits
	log     *slog.Logger
	name    string // leadership: "telegram:<bot id>"
	webhook bot.WebhookOptions
	// webhookPath is where the HTTP server takes this bot's updates.
	webhookPath string
	leading     atomic.Bool
}

// senders are the outbox senders of every bot; Kick wakes them all after
// a change queued messages (of whichever organisations).
type senders []*outbox.Sender

// Kick wakes every bot's sender.
func (s senders) Kick() {
	for _, x := range s {
		x.Kick()
	}
}

// connectBots checks every token with getMe, as `dondoc run` starts, and
// refuses to start when one does not work.
func connectBots(ctx context.Context, cfg config) ([]*bot.Telegram, error) {
	tgs := make([]*bot.Telegram, 0, len(cfg.Tokens))
	for i, token := range cfg.Tokens {
		tg, err := bot.Connect(ctx, token, cfg.Endpoint, 25*time.Second)
		if err != nil {
			id, _ := tokenBotID(token)
			if len(cfg.Tokens) == 1 {
				where := cfg.Endpoint
				if where == "" {
					where = "https://api.telegram.org"
				}
				return nil, fmt.Errorf(outBotCheckOne, id, where, err)
			}
			return nil, fmt.Errorf(outBotCheck, i+1, id, err)
		}
		tgs = append(tgs, tg)
	}
	return tgs, nil
}

// newBotRun wires one bot's parts over the shared store.
func newBotRun(tg *bot.Telegram, cfg config, db *sqlx.DB, st *tasks.Store, sched *reminders.Scheduler, several bool, log *slog.Logger) *botRun {
	id := tg.ID()
	if several {
		log = log.With("bot_id", id)
	}
	limits := outbox.NewLimits(outbox.DefaultLimits())
	sender := outbox.NewSender(db, bot.WithDashboardReports(bot.NewRenderer(st, tg.Username()), cfg.Web.PublicURL), bot.NewTransport(tg).WithTopics(bot.NewBook(db), log), bot.NewHooks(st),
		limits, outbox.DefaultConfig(), time.Now, log.With("component", "outbox")).ForBot(id)
	b := bot.New(tg, st, limits, sender.Kick, time.Now, log.With("component", "bot"), bot.Config{BotID: id}, bot.WithSnoozer(sched), bot.WithPolicies(sched), bot.WithDashboard(cfg.Web.PublicURL))
	br := &botRun{tg: tg, bot: b, sender: sender, limits: limits, log: log, name: leadershipName(tg.ID())}
	if cfg.WebhookURL != "" {
		br.webhook = bot.WebhookOptions{URL: botWebhookURL(cfg.WebhookURL, id, several)}
		br.webhookPath = webhookPath(br.webhook.URL)
	}
	return br
}

// botWebhookURL is where Telegram posts one bot's updates: DONDOC_WEBHOOK_URL
// itself for a deployment of one bot (as before), and with the bot's id
// as a last path segment for several ("…/telegram/123456").
func botWebhookURL(base string, id int64, several bool) string {
	if !several {
		return base
	}
	u, err := url.Parse(base)
	if err != nil {
		return strings.TrimRight(base, "/") + "/" + strconv.FormatInt(id, 10)
	}
	if u.Path == "" || u.Path == "/" {
		u.Path = defaultWebhookPath
	}
	u.Path = strings.TrimRight(u.Path, "/") + "/" + strconv.FormatInt(id, 10)
	return u.String()
}

// registerBots records the deployment's bots with their usernames, and in
// a deployment of one bot (this process runs one, and the database knows
// no other) gives it every organisation no bot serves yet (an existing
// database, or organisations made before the bot first ran), so that
// nothing changes for one bot. Processes that run one bot each on a shared
// database leave unbound organisations to the bot their members reach.
func (a *app) registerBots(ctx context.Context) error {
	now := time.Now()
	for _, br := range a.bots {
		if err := bot.RegisterBot(ctx, a.store.DB(), br.tg.ID(), br.tg.Username(), now); err != nil {
			return err
		}
	}
	if err := warnAbsentBots(ctx, a.store.DB(), a.botIDs(), a.botUsernames(), a.log); err != nil {
		return err
	}
	known, err := bot.KnownBots(ctx, a.store.DB())
	if err != nil {
		return err
	}
	if len(a.bots) == 1 && len(known) == 1 {
		n, err := a.store.BindUnboundOrgs(ctx, a.bots[0].tg.ID())
		if err != nil {
			return err
		}
		if n > 0 {
			a.log.Info("organisations bound to the deployment's bot", "bot_id", a.bots[0].tg.ID(), "orgs", n)
		}
		return nil
	}
	unbound, err := a.store.CountUnboundOrgs(ctx)
	if err != nil {
		return err
	}
	if unbound > 0 {
		a.log.Warn("organisations served by no bot yet: each is bound to the bot its members first reach it through (or bind it: dondoc org bot)", "orgs", unbound)
	}
	return nil
}

// lead runs one bot's leadership until ctx ends: while this process holds
// it, the bot polls Telegram (or handles what its webhook records) and
// sends its organisations' outbox rows. Each bot's leadership is its own:
// a bot restarting, or led by another process, does not touch the others.
func (br *botRun) lead(ctx context.Context, db *sqlx.DB) {
	leader.Run(ctx, db.DB, br.name, br.log, func(ctx context.Context) {
		br.leading.Store(true)
		defer br.leading.Store(false)
		var inner sync.WaitGroup
		inner.Add(2)
		go func() { defer inner.Done(); br.poll(ctx) }()
		go func() { defer inner.Done(); br.sender.Run(ctx) }()
		inner.Wait()
	})
}

// poll, run by the bot's leader, polls Telegram, or with a webhook handles
// the updates the replicas record.
func (br *botRun) poll(ctx context.Context) {
	if br.webhook.URL != "" {
		br.bot.HandleRecorded(ctx, br.webhook)
		return
	}
	br.bot.Run(ctx)
}

// leadershipState says, for /readyz, whether this process leads any bot, and
// which bots it leads or stands by for.
func (a *app) leadershipState() (bool, string) {
	leads := false
	parts := make([]string, 0, len(a.bots))
	for _, br := range a.bots {
		state := "standby"
		if br.leading.Load() {
			leads, state = true, "leader"
		}
		parts = append(parts, br.name+" "+state)
	}
	if len(a.bots) == 1 {
		return leads, a.bots[0].name
	}
	return leads, strings.Join(parts, ", ")
}

// botFiles opens a file people sent to any bot of the deployment: a file
// id is valid only for the bot that received it, so each bot is asked in
// turn until one knows it.
type botFiles []*bot.Telegram

// OpenFile implements web.FileSource.
func (fs botFiles) OpenFile(ctx context.Context, fileID string) (io.ReadCloser, error) {
	var errs []error
	for _, tg := range fs {
		body, err := tg.OpenFile(ctx, fileID)
		if err == nil {
			return body, nil
		}
		errs = append(errs, err)
	}
	return nil, errors.Join(errs...)
}

// files is where the dashboard opens evidence files: the one bot, or each
// bot in turn.
func (a *app) files() web.FileSource {
	if len(a.bots) == 1 {
		return a.tg
	}
	fs := make(botFiles, len(a.bots))
	for i, br := range a.bots {
		fs[i] = br.tg
	}
	return fs
}
