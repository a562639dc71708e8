package bot

import (
	"context"
	"log/slog"
	"time"

	"github.com/dondoc/dondoc/outbox"
	"github.com/dondoc/dondoc/reminders"
	"github.com/dondoc/dondoc/tasks"
)

// Bot answers people in Telegram.
type Bot struct {
	tg     Client
	store  *tasks.Store
	limits *outbox.Limits
	kick   func()
	clock  func() time.Time
	log    *slog.Logger
	cfg    Config
	snooze Snoozer
	// policies, when set, lets admins change the reminder policy.
	policies PolicyStore
	ledger   *ledger
	book     *Book
	hook     webhook
	reg      *registry
	menus    menus
	viewers  viewers
	zones    zones
	stats    Stats
	// dashboardURL is the dashboard's public address (handlers_dashboard.go).
	dashboardURL string
}

// Snoozer plans one more reminder of a task for a member, as chosen under a
// reminder message ("2h" or "am"), and says when it will come.
type Snoozer interface {
	SnoozeChoice(ctx context.Context, m tasks.Member, taskID int64, choice string, now time.Time) (reminders.Snoozed, error)
	// SnoozeReceivedChoice plans one more reminder of a received task to
	// the organisation's leaders, with the same choices.
	SnoozeReceivedChoice(ctx context.Context, orgID, receivedID int64, choice string, now time.Time) (reminders.Snoozed, error)
}

// Option adds an optional part to the bot.
type Option func(*Bot)

// WithSnoozer lets people postpone reminders.
func WithSnoozer(s Snoozer) Option { return func(b *Bot) { b.snooze = s } }

// Config tunes the bot.
type Config struct {
	// PollTimeout is the long-poll timeout of getUpdates.
	PollTimeout time.Duration
	// RetryUpdate is the pause before an update whose handling failed is tried again.
	RetryUpdate time.Duration
	// MaxUpdateAttempts is how often an update failing for a reason that
	// is not transient is tried before the bot gives up on it.
	MaxUpdateAttempts int
	// MaxRetryTime is how long an update failing for a passing reason (the
	// database away) is tried before the bot gives up on it; 0 means ten
	// minutes.
	MaxRetryTime time.Duration
	// Workers is how many updates are handled at once (of different chats).
	Workers int
	// BotID tells apart the update ids of several bots sharing a database;
	// 0 takes it from the token.
	BotID int64
}

// New returns a bot. kick wakes the outbox sender after a change queued
// messages; clock is time.Now outside tests.
func New(tg Client, store *tasks.Store, limits *outbox.Limits, kick func(), clock func() time.Time, log *slog.Logger, cfg Config, opts ...Option) *Bot {
	if cfg.PollTimeout == 0 {
		cfg.PollTimeout = 25 * time.Second
	}
	if cfg.RetryUpdate == 0 {
		cfg.RetryUpdate = 100 * time.Millisecond
	}
	if cfg.Workers == 0 {
		cfg.Workers = 32
	}
	if cfg.MaxUpdateAttempts == 0 {
		cfg.MaxUpdateAttempts = 5
	}
	if cfg.MaxRetryTime == 0 {
		cfg.MaxRetryTime = 10 * time.Minute
	}
	if cfg.BotID == 0 {
		cfg.BotID = tg.ID()
	}
	b := &Bot{tg: tg, store: store, limits: limits, kick: kick, clock: clock, log: log, cfg: cfg,
		ledger: &ledger{db: store.DB(), botID: cfg.BotID}, book: NewBook(store.DB()).ForBot(cfg.BotID)}
	b.hook.recorded = make(chan struct{}, 1)
	for _, o := range opts {
		o(b)
	}
	b.reg = b.buildRegistry()
	return b
}

func sleep(ctx context.Context, d time.Duration) {
	select {
	case <-ctx.Done():
	case <-time.After(d):
	}
}
