package outbox

import (
	"context"
	"sync"
	"time"

	"golang.org/x/time/rate"
)

// LimitsConfig is Telegram's budget for one bot token.
type LimitsConfig struct {
	// Global is messages per second overall (Telegram: about 30), never
	// exceeded over any one-second window.
	Global rate.Limit
	// PerChat is messages per second to one private chat (Telegram: 1),
	// sustained.
	PerChat rate.Limit
	// PerGroup is messages per second to one group (Telegram: 20 a
	// minute), never exceeded over any one-minute window.
	PerGroup rate.Limit
	// Burst is how many messages one chat may get at once before its
	// sustained rate applies; 0 means 3.
	Burst int
}

// DefaultLimits are Telegram's documented limits; each call returns a fresh
// value the caller may change.
func DefaultLimits() LimitsConfig {
	return LimitsConfig{Global: 30, PerChat: 1, PerGroup: rate.Limit(20.0 / 60), Burst: 3}
}

// Priority orders the messages waiting for the budget.
type Priority int

const (
	// Bulk is a message the bot sends on its own (the outbox).
	Bulk Priority = iota
	// Interactive is a reply to something a person just did: it goes
	// ahead of every bulk message waiting.
	Interactive
)

// Limits is the sending budget of one bot token, shared by the outbox and
// direct replies: Telegram counts them all. Each message takes one slot
// (one Wait); replies go before bulk messages; a 429 pauses everything.
//
// Per chat, a token bucket allows Burst messages at once, then PerChat (or,
// for groups, PerGroup's one-minute window). Overall, at most Global
// messages go in any one-second window. The clock is injectable so the
// windows can be tested.
type Limits struct {
	cfg   LimitsConfig
	now   func() time.Time
	sleep func(ctx context.Context, d time.Duration) error

	mu sync.Mutex
	// sent holds the send times of the last Global messages (a ring).
	sent       []time.Time
	next       int
	chats      map[int64]*chatBudget
	pauseUntil time.Time
	waiting    int // replies waiting for the token's budget
	calls      int
}

// chatBudget is one chat's token bucket and, for groups, the times of its
// last sends within the window.
type chatBudget struct {
	tokens float64
	at     time.Time
	window []time.Time // groups: send times, oldest first
	used   time.Time
}

// LimitsOption changes how limits read time.
type LimitsOption func(*Limits)

// WithLimitsClock makes the limits read now and wait with sleep, for tests.
func WithLimitsClock(now func() time.Time, sleep func(ctx context.Context, d time.Duration) error) LimitsOption {
	return func(l *Limits) { l.now, l.sleep = now, sleep }
}

// NewLimits returns limits with cfg's rates.
func NewLimits(cfg LimitsConfig, opts ...LimitsOption) *Limits {
	if cfg.Burst <= 0 {
		cfg.Burst = 3
	}
	n := int(cfg.Global)
	if cfg.Global == rate.Inf || n > 100000 {
		n = 100000
	}
	l := &Limits{cfg: cfg, now: time.Now, sleep: sleepCtx, sent: make([]time.Time, max(n, 1)), chats: map[int64]*chatBudget{}}
	for _, o := range opts {
		o(l)
	}
	return l
}

func sleepCtx(ctx context.Context, d time.Duration) error {
	t := time.NewTimer(d)
	defer t.Stop()
	select {
	case <-ctx.Done():
		return ctx.Err()
	case <-t.C:
		return nil
	}
}

// Wait blocks until a bulk message may go to chat and takes its slot.
func (l *Limits) Wait(ctx context.Context, chat int64) error {
	return l.WaitFor(ctx, chat, Bulk)
}

// WaitReply blocks until a reply may go to chat and takes its slot, ahead
// of any bulk message.
func (l *Limits) WaitReply(ctx context.Context, chat int64) error {
	return l.WaitFor(ctx, chat, Interactive)
}

// WaitFor blocks until a message of priority p may go to chat, and takes
// its slot.
func (l *Limits) WaitFor(ctx context.Context, chat int64, p Priority) error {
	registered := false
	defer func() {
		if registered {
			l.mu.Lock()
			l.waiting--
			l.mu.Unlock()
		}
	}()
	for {
		if err := ctx.Err(); err != nil {
			return err
		}
		l.mu.Lock()
		d, global := l.takeLocked(chat, p, l.now())
		if global && p == Interactive && !registered {
			registered = true
			l.waiting++
		}
		l.mu.Unlock()
		if d <= 0 {
			return nil
		}
		if err := l.sleep(ctx, d); err != nil {
			return err
		}
	}
}

// Take takes a slot for a message of priority p to chat at now if the
// budget allows it, and otherwise says how long to wait before asking
// again. It never blocks.
func (l *Limits) Take(chat int64, p Priority, now time.Time) time.Duration {
	l.mu.Lock()
	defer l.mu.Unlock()
	d, _ := l.takeLocked(chat, p, now)
	return d
}

// bulkBackoff is how long bulk messages wait while replies are waiting.
const bulkBackoff = 20 * time.Millisecond

// takeLocked takes a slot or says how long to wait, and whether the wait
// is the token's (a pause or the global window) rather than the chat's.
func (l *Limits) takeLocked(chat int64, p Priority, now time.Time) (time.Duration, bool) {
	if d := l.pauseUntil.Sub(now); d > 0 {
		return d, true
	}
	if p == Bulk && l.waiting > 0 {
		return bulkBackoff, true
	}
	c := l.chatLocked(chat, now)
	var global time.Duration
	// Global: the oldest of the last Global sends must be a second old.
	if oldest := l.sent[l.next]; !oldest.IsZero() {
		global = oldest.Add(time.Second).Sub(now)
	}
	wait := max(global, c.waitLocked(l.cfg, chat < 0, now))
	if wait > 0 {
		return wait, global > 0
	}
	c.spend(l.cfg, chat < 0, now)
	l.sent[l.next] = now
	l.next = (l.next + 1) % len(l.sent)
	return 0, false
}

// groupWindow is the window over which PerGroup is counted.
const groupWindow = time.Minute

func (c *chatBudget) refill(cfg LimitsConfig, group bool, now time.Time) {
	if el := now.Sub(c.at); el > 0 {
		c.tokens = min(float64(cfg.Burst), c.tokens+el.Seconds()*float64(cfg.PerChat))
		c.at = now
	}
}

func (c *chatBudget) waitLocked(cfg LimitsConfig, group bool, now time.Time) time.Duration {
	c.refill(cfg, group, now)
	var wait time.Duration
	if c.tokens < 1 {
		wait = time.Duration((1 - c.tokens) / float64(cfg.PerChat) * float64(time.Second))
		wait = max(wait, time.Microsecond)
	}
	if group {
		n := groupMax(cfg)
		for len(c.window) > 0 && !c.window[0].Add(groupWindow).After(now) {
			c.window = c.window[1:]
		}
		if len(c.window) >= n {
			wait = max(wait, c.window[len(c.window)-n].Add(groupWindow).Sub(now))
		}
	}
	return wait
}

func (c *chatBudget) spend(cfg LimitsConfig, group bool, now time.Time) {
	c.tokens--
	if group {
		c.window = append(c.window, now)
		if n := groupMax(cfg); len(c.window) > n {
			c.window = c.window[len(c.window)-n:]
		}
	}
}

// groupMax is how many messages one group may get in groupWindow.
func groupMax(cfg LimitsConfig) int {
	n := float64(cfg.PerGroup) * groupWindow.Seconds()
	if n >= 1e6 || cfg.PerGroup == rate.Inf {
		return 1e6
	}
	return max(int(n), 1)
}

// Pause stops every send for d from now, as Telegram asks with 429's
// retry_after; a longer pause already under way is kept.
func (l *Limits) Pause(d time.Duration) {
	l.mu.Lock()
	defer l.mu.Unlock()
	if until := l.now().Add(d); until.After(l.pauseUntil) {
		l.pauseUntil = until
	}
}

func (l *Limits) chatLocked(id int64, now time.Time) *chatBudget {
	l.calls++
	if l.calls%1000 == 0 {
		for k, c := range l.chats {
			if now.Sub(c.used) > 5*time.Minute {
				delete(l.chats, k)
			}
		}
	}
	c, ok := l.chats[id]
	if !ok {
		c = &chatBudget{tokens: float64(l.cfg.Burst), at: now}
		l.chats[id] = c
	}
	c.used = now
	return c
}
