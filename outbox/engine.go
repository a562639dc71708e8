package outbox

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"math/rand/v2"
	"os"
	"sync"
	"sync/atomic"
	"time"

	"github.com/jmoiron/sqlx"
)

// Config tunes a Sender.
type Config struct {
	// Batch is how many rows one claim takes; PerChat caps those of one chat.
	Batch, PerChat int
	// Workers is how many chats are served at once.
	Workers int
	// Lease is how long a claimed row stays with this sender before another
	// may take it; it must exceed the longest send.
	Lease time.Duration
	// Poll is how often the queue is scanned when nobody kicks the sender.
	Poll time.Duration
	// MaxAttempts is how many failed attempts end a row as failed.
	MaxAttempts int
	// BaseBackoff and MaxBackoff bound the exponential back-off.
	BaseBackoff, MaxBackoff time.Duration
}

// leaseMargin is how close to the end of its lease a row is no longer sent.
const leaseMargin = 15 * time.Second

// DefaultConfig suits one bot token within Telegram's limits; each call
// returns a fresh value the caller may change.
func DefaultConfig() Config {
	return Config{
		Batch: 200, PerChat: 2, Workers: 32,
		Lease: 2 * time.Minute, Poll: time.Second,
		MaxAttempts: 10, BaseBackoff: 2 * time.Second, MaxBackoff: 10 * time.Minute,
	}
}

// Sender delivers the outbox.
type Sender struct {
	db     *sqlx.DB
	render Renderer
	tr     Transport
	hooks  Hooks
	limits *Limits
	cfg    Config
	clock  func() time.Time
	log    *slog.Logger
	kick   chan struct{}
	stats  *Stats
	// id names this sender in the rows it claims; each Run adds a term.
	id   string
	runs atomic.Int64
	// bot is the bot whose rows this sender sends (ForBot); 0 sends every
	// row, for a deployment of one bot (tests, tools).
	bot int64
}

// NewSender returns a sender; clock is time.Now outside tests.
func NewSender(db *sqlx.DB, r Renderer, tr Transport, h Hooks, l *Limits, cfg Config, clock func() time.Time, log *slog.Logger) *Sender {
	return &Sender{db: db, render: r, tr: tr, hooks: h, limits: l, cfg: cfg, clock: clock, log: log, kick: make(chan struct{}, 1), stats: newStats(), id: senderID()}
}

// senderID names a sender uniquely: host, process and a random part.
func senderID() string {
	host, _ := os.Hostname()
	return fmt.Sprintf("%s/%d/%08x", host, os.Getpid(), rand.Uint32())
}

// ForBot makes the sender send only the rows of the bot botID (outbox
// rows carry the bot that serves their organisation): each bot of a
// deployment has its own sender, under its own leadership and budget.
func (s *Sender) ForBot(botID int64) *Sender {
	s.bot = botID
	return s
}

// Bot is the bot whose rows the sender sends; 0 means every row.
func (s *Sender) Bot() int64 { return s.bot }

// Kick wakes the sender to look at the queue now.
func (s *Sender) Kick() {
	select {
	case s.kick <- struct{}{}:
	default:
	}
}

// Stats returns the sender's counters.
func (s *Sender) Stats() *Stats { return s.stats }

// Run delivers due rows until ctx is cancelled. It is for the one sender of
// a deployment, the holder of the leadership (package internal/leader): it
// starts by taking back at once every row that another sender, or an earlier
// Run, left "sending" (its predecessor died or lost the leadership), instead
// of waiting for their leases to run out. On cancellation it stops claiming,
// lets sends already in flight finish, and hands back the rows of its batch
// that it had not started.
func (s *Sender) Run(ctx context.Context) error {
	claimant := fmt.Sprintf("%s#%d", s.id, s.runs.Add(1))
	s.takeBack(ctx, claimant)
	t := time.NewTicker(s.cfg.Poll)
	defer t.Stop()
	for {
		n, err := s.runOnce(ctx, claimant)
		if err != nil && ctx.Err() == nil {
			s.log.Error("outbox pass failed", "err", err)
		}
		if ctx.Err() != nil {
			return nil
		}
		if n > 0 {
			continue
		}
		select {
		case <-ctx.Done():
			return nil
		case <-s.kick:
		case <-t.C:
		}
	}
}

// Drain delivers until nothing is due, for one-shot commands and tests.
func (s *Sender) Drain(ctx context.Context) (int, error) {
	total := 0
	for {
		n, err := s.RunOnce(ctx)
		total += n
		if err != nil || n == 0 {
			return total, err
		}
	}
}

// takeBack returns the rows of predecessors to the queue, trying until it
// succeeds (the database may be coming back) or ctx ends.
func (s *Sender) takeBack(ctx context.Context, claimant string) {
	wait := 100 * time.Millisecond
	for ctx.Err() == nil {
		counts, err := reclaim(ctx, s.db, claimant, s.bot, s.clock())
		if err == nil {
			for prev, n := range counts {
				s.log.Info("outbox rows taken back from a previous sender", "previous_sender", prev, "rows", n)
			}
			return
		}
		s.log.Warn("outbox: taking back rows failed, trying again", "err", err, "wait", wait)
		select {
		case <-ctx.Done():
		case <-time.After(wait):
		}
		wait = min(2*wait, time.Second)
	}
}

// RunOnce claims one batch and delivers it. It returns how many rows it claimed.
func (s *Sender) RunOnce(ctx context.Context) (int, error) {
	return s.runOnce(ctx, s.id)
}

func (s *Sender) runOnce(ctx context.Context, claimant string) (int, error) {
	if ctx.Err() != nil {
		return 0, nil
	}
	rows, err := claim(ctx, s.db, claimant, s.bot, s.clock(), s.cfg.Batch, s.cfg.PerChat, s.cfg.Lease)
	if err != nil {
		return 0, err
	}
	byChat := map[int64][]Row{}
	var chats []int64
	for _, r := range rows {
		if _, ok := byChat[r.ChatID]; !ok {
			chats = append(chats, r.ChatID)
		}
		byChat[r.ChatID] = append(byChat[r.ChatID], r)
	}
	sem := make(chan struct{}, s.cfg.Workers)
	var wg sync.WaitGroup
	for _, chat := range chats {
		sem <- struct{}{}
		wg.Add(1)
		go func(rows []Row) {
			defer func() { <-sem; wg.Done() }()
			for i, r := range rows {
				if ctx.Err() != nil {
					s.release(rows[i:])
					return
				}
				if stop := s.deliver(ctx, r); stop {
					s.release(rows[i+1:])
					return
				}
			}
		}(byChat[chat])
	}
	wg.Wait()
	return len(rows), nil
}

// release hands rows back to the queue at once, for another pass.
func (s *Sender) release(rows []Row) {
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	for _, r := range rows {
		if err := retryLater(ctx, s.db, r, r.DueAt, false, ""); err != nil {
			s.log.Error("outbox release failed", "org_id", r.OrgID, "outbox_id", r.ID, "err", err)
		}
	}
}

// deliver sends one row and records the outcome. It reports whether the
// chat's other rows in this batch should wait (after a 429 or a stop).
func (s *Sender) deliver(ctx context.Context, r Row) bool {
	// Sends and bookkeeping outlive a cancelled ctx, so a row in flight is
	// finished and recorded rather than left to be sent twice.
	bg := context.WithoutCancel(ctx)
	log := s.log.With("org_id", r.OrgID, "outbox_id", r.ID, "kind", r.Kind, "chat_id", r.ChatID)
	parts, err := s.render.Render(bg, r, s.clock())
	if errors.Is(err, ErrObsolete) {
		s.stats.add(r.Kind, "obsolete")
		s.record(log, finish(bg, s.db, r, "cancelled", "no longer needed"))
		return false
	}
	if err != nil {
		log.Error("outbox render failed", "err", err)
		s.retry(bg, log, r, &SendError{Kind: Temporary, Err: fmt.Errorf("render: %w", err)})
		return false
	}
	parts = fitParts(parts)
	var msgID int64
	for i := r.PartsSent; i < len(parts); i++ {
		if err := s.limits.Wait(ctx, r.ChatID); err != nil || s.clock().After(r.LeaseUntil.Add(-leaseMargin)) {
			// Stopping, or waited so long that another sender may take the
			// row: hand it back rather than risk sending it twice.
			s.release([]Row{r})
			return true
		}
		id, err := s.send(bg, log, &r, parts[i])
		if err != nil {
			return s.retry(bg, log, r, classify(err))
		}
		msgID = id
		if i+1 < len(parts) {
			r.PartsSent = i + 1
			s.persist(log, r, func() error { return markPartsSent(bg, s.db, r, r.PartsSent) })
		}
	}
	s.persist(log, r, func() error { return markSent(bg, s.db, r, len(parts), msgID, s.clock()) })
	s.stats.add(r.Kind, "sent")
	return false
}

// send sends one part, resending as plain text when Telegram refuses the
// markup and to the new chat when a group has migrated.
func (s *Sender) send(ctx context.Context, log *slog.Logger, r *Row, p Part) (int64, error) {
	p.OrgID = r.OrgID
	id, err := s.tr.Send(ctx, r.ChatID, p, false)
	if err == nil {
		return id, nil
	}
	se := classify(err)
	switch se.Kind {
	case BadMarkup:
		log.Warn("telegram refused the markup, sending plain text", "err", err)
		s.stats.add(r.Kind, "plain")
		if err := s.limits.Wait(ctx, r.ChatID); err != nil {
			return 0, err
		}
		return s.tr.Send(ctx, r.ChatID, p, true)
	case ChatMigrated:
		if se.MigrateTo == 0 {
			return 0, err
		}
		log.Info("group migrated", "to_chat_id", se.MigrateTo)
		if err := moveChat(ctx, s.db, *r, se.MigrateTo); err != nil {
			return 0, err
		}
		if s.hooks != nil {
			if err := s.hooks.Migrated(ctx, r.OrgID, r.ChatID, se.MigrateTo); err != nil {
				log.Error("migrated hook failed", "err", err)
			}
		}
		r.ChatID = se.MigrateTo
		if err := s.limits.Wait(ctx, r.ChatID); err != nil {
			return 0, err
		}
		return s.tr.Send(ctx, r.ChatID, p, false)
	}
	return 0, err
}

// retry records a failed row: later, failed for good, or unreachable. It
// reports whether the chat's other rows should wait.
func (s *Sender) retry(ctx context.Context, log *slog.Logger, r Row, se *SendError) bool {
	now := s.clock()
	switch se.Kind {
	case RateLimited:
		wait := max(se.RetryAfter, time.Second)
		s.limits.Pause(wait)
		s.stats.add(r.Kind, "rate_limited")
		log.Warn("telegram asked to slow down", "retry_after", wait)
		s.record(log, retryLater(ctx, s.db, r, now.Add(wait), false, se.Error()))
		return true
	case Unreachable:
		s.stats.add(r.Kind, "unreachable")
		log.Info("chat unreachable", "err", se.Err)
		// The row ends refused before the domain learns (the person is
		// marked unreachable): a person who comes back in between finds
		// it refused, or is marked after and finds it the next time. If
		// the domain cannot learn, the row is tried again (and refused
		// again) rather than ending without anyone told.
		if err := refuse(ctx, s.db, r, se.Error(), now); err != nil {
			s.record(log, err)
			return false
		}
		if s.hooks != nil {
			if err := s.hooks.Unreachable(ctx, r, se.Err, now); err != nil {
				log.Error("unreachable hook failed", "err", err)
				s.record(log, unrefuse(ctx, s.db, r, now.Add(s.backoff(r.Attempts)), se.Error()))
			}
		}
		return false
	case Temporary:
		if r.Attempts+1 < s.cfg.MaxAttempts {
			s.stats.add(r.Kind, "retry")
			at := now.Add(s.backoff(r.Attempts))
			log.Warn("send failed, will retry", "attempt", r.Attempts+1, "next_attempt_at", at, "err", se.Err)
			s.record(log, retryLater(ctx, s.db, r, at, true, se.Error()))
			return false
		}
	}
	s.stats.add(r.Kind, "failed")
	log.Error("send failed for good", "attempts", r.Attempts+1, "err", se.Err)
	s.record(log, finish(ctx, s.db, r, "failed", se.Error()))
	return false
}

// backoff is exponential in the attempts so far, capped, with ±50% jitter.
func (s *Sender) backoff(attempts int) time.Duration {
	d := s.cfg.BaseBackoff << min(attempts, 20)
	if d <= 0 || d > s.cfg.MaxBackoff {
		d = s.cfg.MaxBackoff
	}
	return d/2 + time.Duration(rand.Int64N(int64(d)+1))
}

// persist records what Telegram accepted, trying again while the database
// is away: a row left "sending" would be sent again once its lease ran out.
// It gives up only when the lease is nearly over, as another sender may
// then take the row.
func (s *Sender) persist(log *slog.Logger, r Row, write func() error) {
	wait := 100 * time.Millisecond
	for {
		err := write()
		if err == nil {
			return
		}
		if r.LeaseUntil.Sub(s.clock()) < leaseMargin/3 {
			log.Error("outbox bookkeeping failed; the message may be sent again", "err", err)
			return
		}
		log.Warn("outbox bookkeeping failed, trying again", "err", err, "wait", wait)
		time.Sleep(wait)
		wait = min(2*wait, time.Second)
	}
}

func (s *Sender) record(log *slog.Logger, err error) {
	if err != nil {
		log.Error("outbox bookkeeping failed", "err", err)
	}
}

// fitParts splits texts longer than Telegram allows and moves long captions
// of files into messages of their own. Buttons stay on the last piece.
func fitParts(parts []Part) []Part {
	var out []Part
	for _, p := range parts {
		if p.File != nil {
			if UTF16Len(p.Text) > MaxCaption {
				for _, t := range SplitHTML(p.Text, MaxText) {
					out = append(out, Part{Text: t})
				}
				p.Text = ""
			}
			out = append(out, p)
			continue
		}
		pieces := SplitHTML(p.Text, MaxText)
		for i, t := range pieces {
			q := Part{Text: t}
			if i == len(pieces)-1 {
				q.Buttons = p.Buttons
			}
			out = append(out, q)
		}
	}
	return out
}
