package bot

import (
	"context"
	"log/slog"
	"runtime/debug"
	"time"

	tgbotapi "github.com/go-telegram-bot-api/telegram-bot-api/v5"

	"github.com/dondoc/dondoc/outbox"
	"github.com/dondoc/dondoc/reminders"
	"github.com/dondoc/dondoc/tasks"
)

// Bot answers people in Telegram.
type Bot struct {
	tg     *Telegram
	store  *tasks.Store
	limits *outbox.Limits
	kick   func()
	clock  func() time.Time
	log    *slog.Logger
	cfg    Config
	snooze Snoozer
	// policies, when set, lets admins change the reminder policy.
	policies PolicyStore
	// dashboardURL is the dashboard's public address (handlers_dashboard.go).
	dashboardURL string
}

// Snoozer plans one more reminder of a task for a member, as chosen under a
// reminder message ("2h" or "am"), and says when it will come.
type Snoozer interface {
	SnoozeChoice(ctx context.Context, m tasks.Member, taskID int64, choice string, now time.Time) (reminders.Snoozed, error)
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
	// MaxUpdateAttempts is how often an update is tried before the bot gives up on it.
	MaxUpdateAttempts int
}

// New returns a bot. kick wakes the outbox sender after a change queued
// messages; clock is time.Now outside tests.
func New(tg *Telegram, store *tasks.Store, limits *outbox.Limits, kick func(), clock func() time.Time, log *slog.Logger, cfg Config, opts ...Option) *Bot {
	if cfg.PollTimeout == 0 {
		cfg.PollTimeout = 25 * time.Second
	}
	if cfg.RetryUpdate == 0 {
		cfg.RetryUpdate = 2 * time.Second
	}
	if cfg.MaxUpdateAttempts == 0 {
		cfg.MaxUpdateAttempts = 5
	}
	b := &Bot{tg: tg, store: store, limits: limits, kick: kick, clock: clock, log: log, cfg: cfg}
	for _, o := range opts {
		o(b)
	}
	return b
}

// Run polls Telegram and handles updates until ctx is cancelled. Telegram
// allows one poller per token: the caller runs it in one process at a time.
// An update whose handling fails for a reason not the sender's (the database
// is down) is tried again, a few times, before the bot apologises.
func (b *Bot) Run(ctx context.Context) error {
	if err := b.RegisterCommands(); err != nil {
		b.log.Warn("could not register the command menu", "err", err)
	}
	offset, attempts := 0, 0
	for ctx.Err() == nil {
		updates, err := b.getUpdates(tgbotapi.UpdateConfig{
			Offset:         offset,
			Timeout:        int(b.cfg.PollTimeout / time.Second),
			AllowedUpdates: []string{"message", "callback_query"},
		})
		if err != nil {
			if ctx.Err() != nil {
				break
			}
			b.log.Warn("getUpdates failed", "err", redact(err, b.tg.token))
			sleep(ctx, 3*time.Second)
			continue
		}
		for _, u := range updates {
			if err := b.HandleUpdate(ctx, u); err != nil && ctx.Err() == nil {
				attempts++
				if attempts < b.cfg.MaxUpdateAttempts {
					b.log.Warn("update failed, will try again", "update_id", u.UpdateID, "attempt", attempts, "err", err)
					sleep(ctx, b.cfg.RetryUpdate*time.Duration(attempts))
					break
				}
				b.log.Error("update failed for good", "update_id", u.UpdateID, "err", err)
				b.apologise(ctx, u)
			}
			if ctx.Err() != nil {
				break
			}
			attempts = 0
			offset = u.UpdateID + 1
		}
	}
	return nil
}

// HandleUpdate handles one update at most once. It returns an error only
// when the update should be tried again (the database was unreachable, say);
// a person's mistake is answered, not returned, and a panic is logged.
func (b *Bot) HandleUpdate(ctx context.Context, u tgbotapi.Update) (err error) {
	defer func() {
		if r := recover(); r != nil {
			b.log.Error("handler panicked", "update_id", u.UpdateID, "panic", r, "stack", string(debug.Stack()))
			err = nil
		}
	}()
	done, err := b.store.UpdateHandled(ctx, int64(u.UpdateID))
	if err != nil {
		return err
	}
	if done {
		b.log.Info("update already handled", "update_id", u.UpdateID)
		return nil
	}
	if err := b.dispatch(ctx, u); err != nil {
		return err
	}
	return b.store.MarkUpdateHandled(ctx, int64(u.UpdateID), b.clock())
}

// apologise tells the person that their message could not be handled.
func (b *Bot) apologise(ctx context.Context, u tgbotapi.Update) {
	switch {
	case u.Message != nil:
		b.reply(ctx, u.Message.Chat.ID, msgInternalError, nil)
	case u.CallbackQuery != nil:
		b.answer(u.CallbackQuery.ID, msgInternalError, true)
	}
	b.store.MarkUpdateHandled(context.WithoutCancel(ctx), int64(u.UpdateID), b.clock())
}

func sleep(ctx context.Context, d time.Duration) {
	select {
	case <-ctx.Done():
	case <-time.After(d):
	}
}
