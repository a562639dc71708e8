package bot

import (
	"context"
	"crypto/rand"
	"crypto/subtle"
	"encoding/hex"
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

// WebhookOptions configure RunWebhook.
type WebhookOptions struct {
	// URL is the public HTTPS address Telegram posts updates to.
	URL string
	// MaxConnections is how many requests Telegram may have open at once
	// (1–100; 0 leaves Telegram's default of 40).
	MaxConnections int
	// OrphanAge is how long a recorded update may stay unhandled before a
	// replica takes it as left by one that died; 0 means two minutes.
	OrphanAge time.Duration
}

// webhookState is what the HTTP handler needs while RunWebhook runs.
type webhookState struct {
	d      *dispatcher
	secret string
}

// webhook is set while RunWebhook runs; the handler answers 503 otherwise,
// and Telegram tries again later.
type webhook struct{ cur atomic.Pointer[webhookState] }

// RunWebhook has Telegram post updates to o.URL instead of being polled,
// with a random secret every replica of this bot shares (kept in the
// database), and handles them until ctx ends. Updates posted to
// WebhookHandler are answered 200 only once recorded.
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
	d := b.startDispatcher(ctx)
	defer d.stop()
	b.hook.cur.Store(&webhookState{d: d, secret: secret})
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
	// Every replica takes updates, so none resumes another's at start.
	// Each replica stamps, every age/4, the updates it holds (queued or
	// being handled); a sweep takes those whose stamp is older than age:
	// their replica died.
	age := o.OrphanAge
	if age == 0 {
		age = orphanAge
	}
	t := time.NewTicker(age / 4)
	defer t.Stop()
	for tick := 1; ; tick++ {
		select {
		case <-ctx.Done():
			return nil
		case <-t.C:
		}
		now := b.clock()
		if err := b.ledger.touch(ctx, d.heldIDs(), now); err != nil {
			b.log.Warn("could not stamp the updates held", "err", err)
			continue
		}
		if tick%2 != 0 {
			continue
		}
		us, err := b.ledger.claim(ctx, now.Add(-age), now)
		if err != nil {
			b.log.Warn("could not sweep orphaned updates", "err", err)
			continue
		}
		if us = d.notHeld(us); len(us) > 0 {
			b.log.Info("handling updates another replica left", "count", len(us))
			d.submit(us)
		}
	}
}

// orphanAge is how long a recorded update may stay unhandled before a
// webhook replica takes it as left by one that died.
const orphanAge = 2 * time.Minute

// WebhookHandler is the HTTP handler Telegram posts updates to. A request
// without the right secret is refused with 401 and not handled; an update
// is answered 200 once recorded (500 when it could not be, and Telegram
// posts it again).
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
		if err := st.d.accept(r.Context(), []Update{u}); err != nil {
			b.log.Warn("could not record an update", "update_id", u.UpdateID, "err", err)
			http.Error(w, "try again", http.StatusInternalServerError)
			return
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
