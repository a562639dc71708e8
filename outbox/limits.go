package outbox

import (
	"context"
	"sync"
	"time"

	"golang.org/x/time/rate"
)

// LimitsConfig is Telegram's budget for one bot token.
type LimitsConfig struct {
	// Global is messages per second overall (Telegram: about 30).
	Global rate.Limit
	// PerChat is messages per second to one private chat (Telegram: 1).
	PerChat rate.Limit
	// PerGroup is messages per second to one group (Telegram: 20 a minute).
	PerGroup rate.Limit
}

// DefaultLimits are Telegram's documented limits.
var DefaultLimits = LimitsConfig{Global: 30, PerChat: 1, PerGroup: rate.Limit(20.0 / 60)}

// Limits spaces every message sent with one bot token, from the outbox and
// from direct replies alike, and pauses them all after a 429.
type Limits struct {
	cfg    LimitsConfig
	global *rate.Limiter

	mu         sync.Mutex
	chats      map[int64]*chatLimiter
	pauseUntil time.Time
	calls      int
}

type chatLimiter struct {
	lim  *rate.Limiter
	used time.Time
}

// NewLimits returns limits with cfg's rates.
func NewLimits(cfg LimitsConfig) *Limits {
	return &Limits{
		cfg:    cfg,
		global: rate.NewLimiter(cfg.Global, 1),
		chats:  map[int64]*chatLimiter{},
	}
}

// Wait blocks until a message may go to chat: after any pause, within the
// chat's own rate and the global one.
func (l *Limits) Wait(ctx context.Context, chat int64) error {
	for {
		l.mu.Lock()
		pause := time.Until(l.pauseUntil)
		l.mu.Unlock()
		if pause <= 0 {
			break
		}
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-time.After(pause):
		}
	}
	if err := l.chat(chat).Wait(ctx); err != nil {
		return err
	}
	return l.global.Wait(ctx)
}

// Pause stops every send for d from now, as Telegram asks with 429's
// retry_after; a longer pause already under way is kept.
func (l *Limits) Pause(d time.Duration) {
	until := time.Now().Add(d)
	l.mu.Lock()
	defer l.mu.Unlock()
	if until.After(l.pauseUntil) {
		l.pauseUntil = until
	}
}

func (l *Limits) chat(id int64) *rate.Limiter {
	l.mu.Lock()
	defer l.mu.Unlock()
	now := time.Now()
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
		r := l.cfg.PerChat
		if id < 0 {
			r = l.cfg.PerGroup
		}
		c = &chatLimiter{lim: rate.NewLimiter(r, 1)}
		l.chats[id] = c
	}
	c.used = now
	return c.lim
}
