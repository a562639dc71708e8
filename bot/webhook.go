package bot

import (
	"context"
	"crypto/rand"
	"crypto/subtle"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"net/http"
	"sync/atomic"
	"time"
)

// SecretHeader is the header in which Telegram sends the webhook's secret.
const SecretHeader = "X-Telegram-Bot-Api-Secret-Token"

// maxUpdateBody is the largest update body the webhook reads.
const maxUpdateBody = 1 << 20

// WebhookOptions configure RunWebhook and HandleRecorded.
type WebhookOptions struct {
	// URL is the public HTTPS address Telegram posts updates to.
	URL string
	// MaxConnections is how many requests Telegram may have open at once
	// (1–100; 0 leaves Telegram's default of 40).
	MaxConnections int
	// Poll is how often the leader looks in the ledger for updates other
	// replicas recorded; 0 means every 100 ms. Updates this process
	// records are taken at once.
	Poll time.Duration
	// OrderGrace is how long an update recorded after a gap in the update
	// ids waits for the missing ones (posted at the same time, recorded
	// later); 0 means a second.
	OrderGrace time.Duration
}

// webhookState is what the HTTP handler needs while RunWebhook runs.
type webhookState struct {
	secret string
}

// webhook is set while RunWebhook runs; the handler answers 503 otherwise,
// and Telegram tries again later.
type webhook struct {
	cur atomic.Pointer[webhookState]
	// recorded wakes HandleRecorded when this process recorded an update.
	recorded chan struct{}
	// fresh are the updates this process recorded and HandleRecorded has
	// not looked at yet: it takes them without reading them back from the
	// ledger.
	fresh freshUpdates
	// leading is set while HandleRecorded runs in this process.
	leading atomic.Pointer[leading]
}

// RunWebhook has Telegram post updates to o.URL instead of being polled,
// with a random secret every replica of this bot shares (kept in the
// database), until ctx ends. Every replica runs it: WebhookHandler only
// records updates (200 once recorded); the leader handles them
// (HandleRecorded), so that replies spend the token's one budget.
func (b *Bot) RunWebhook(ctx context.Context, o WebhookOptions) error {
	if err := b.RegisterCommands(ctx); err != nil {
		b.log.Warn("could not register the command menu", "err", err)
	}
	var secret string
	for attempt := 1; ; attempt++ {
		s, err := b.ledger.secret(ctx, newSecret)
		if err == nil {
			secret = s
			break
		}
		if ctx.Err() != nil {
			return nil
		}
		b.log.Warn("could not read the webhook secret", "err", err)
		sleep(ctx, b.backoff(attempt))
	}
	b.hook.cur.Store(&webhookState{secret: secret})
	defer b.hook.cur.Store(nil)
	for attempt := 1; ; attempt++ {
		err := b.tg.SetWebhook(ctx, WebhookConfig{URL: o.URL, Secret: secret, AllowedUpdates: allowedUpdates, MaxConnections: o.MaxConnections})
		if err == nil {
			break
		}
		if ctx.Err() != nil {
			return nil
		}
		b.log.Warn("setWebhook failed", "err", err)
		sleep(ctx, min(time.Duration(attempt)*time.Second, 30*time.Second))
	}
	b.log.Info("receiving updates by webhook", "url", o.URL)
	<-ctx.Done()
	return nil
}

// HandleRecorded handles the updates webhook replicas record, until ctx
// ends: only the leader runs it, so that one process spends the token's
// budget. The updates this process records are handed to its dispatcher
// by the webhook handler itself (see leading); every o.Poll it looks in
// the ledger for those other replicas recorded (and those a former leader
// left), in Telegram's order (see sequencer); an update queued or handled
// and not yet marked is not taken again.
func (b *Bot) HandleRecorded(ctx context.Context, o WebhookOptions) error {
	poll := o.Poll
	if poll == 0 {
		poll = 100 * time.Millisecond
	}
	d := b.startDispatcher(ctx)
	defer d.stop()
	t := time.NewTicker(poll)
	defer t.Stop()
	seq := &sequencer{grace: o.OrderGrace}
	if seq.grace == 0 {
		seq.grace = time.Second
	}
	lead := &leading{b: b, d: d, seq: seq}
	defer b.hook.leading.Store(nil)
	started := false
	// fromLedger is whether the next round reads the ledger, or only
	// takes what this process recorded.
	fromLedger := true
	for attempt := 1; ctx.Err() == nil; {
		var err error
		if !started {
			// What was recorded before is taken at once; after it, in order.
			if seq.hi, err = b.ledger.lastID(ctx); err == nil {
				started = true
				b.hook.leading.Store(lead)
			}
		}
		switch {
		case started && !fromLedger:
			err = lead.takeFresh()
		case started:
			err = lead.readLedger(ctx)
		}
		if errors.Is(err, errStopped) {
			break
		}
		if err != nil {
			if ctx.Err() != nil {
				break
			}
			b.log.Warn("could not read recorded updates", "err", err)
			sleep(ctx, b.backoff(attempt))
			attempt++
			continue
		}
		attempt = 1
		select {
		case <-ctx.Done():
		case <-t.C:
			fromLedger = true
		case <-b.hook.recorded:
			fromLedger = false
		}
	}
	return nil
}

// WebhookHandler is the HTTP handler Telegram posts updates to. A request
// without the right secret is refused with 401 and not handled; an update
// is answered 200 once recorded (500 when it could not be, and Telegram
// posts it again), and handled by the leader.
func (b *Bot) WebhookHandler() http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		st := b.hook.cur.Load()
		if st == nil {
			http.Error(w, "not receiving updates", http.StatusServiceUnavailable)
			return
		}
		if r.Method != http.MethodPost {
			http.Error(w, "method not allowed", http.StatusMethodNotAllowed)
			return
		}
		got := r.Header.Get(SecretHeader)
		if subtle.ConstantTimeCompare([]byte(got), []byte(st.secret)) != 1 {
			b.log.Warn("webhook request with a wrong secret", "remote", r.RemoteAddr)
			http.Error(w, "unauthorized", http.StatusUnauthorized)
			return
		}
		body, err := io.ReadAll(io.LimitReader(r.Body, maxUpdateBody))
		if err != nil {
			http.Error(w, "cannot read the body", http.StatusBadRequest)
			return
		}
		u, err := DecodeUpdate(body)
		if err != nil {
			b.log.Warn("webhook body is not an update", "err", err)
			http.Error(w, "not an update", http.StatusBadRequest)
			return
		}
		fresh, fingerprints, err := b.ledger.recordChecking(r.Context(), []Update{u}, b.clock(), b.readSenders([]Update{u}))
		if err != nil {
			b.log.Warn("could not record an update", "update_id", u.UpdateID, "err", err)
			http.Error(w, "try again", http.StatusInternalServerError)
			return
		}
		if len(fresh) > 0 {
			b.stats.Received.Add(int64(len(fresh)))
			b.hook.fresh.add(fresh, fingerprints)
			b.hook.handOn()
		}
		w.WriteHeader(http.StatusOK)
	})
}

// newSecret returns a random secret_token (Telegram allows A-Z, a-z,
// 0-9, _ and -, up to 256 characters).
func newSecret() (string, error) {
	b := make([]byte, 32)
	if _, err := rand.Read(b); err != nil {
		return "", fmt.Errorf("webhook secret: %w", err)
	}
	return hex.EncodeToString(b), nil
}
