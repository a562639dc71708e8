package tgfake

import (
	"bytes"
	"context"
	"encoding/json"
	"net/http"
	"net/url"
	"sync"
	"time"
)

// webhookState is the webhook setWebhook set: while it is set, getUpdates
// is refused and updates are posted to url, as Telegram does.
type webhookState struct {
	url     string
	secret  string
	maxConn int
	stop    chan struct{}
	// ended is closed when deliver has returned: no post of this webhook
	// is in flight any more.
	ended chan struct{}
}

// WebhookInfo is what setWebhook was told.
type WebhookInfo struct {
	URL            string
	SecretToken    string
	MaxConnections int
	AllowedUpdates []string
}

// Webhook returns the webhook set, false when none is.
func (s *Server) Webhook() (WebhookInfo, bool) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.hook == nil {
		return WebhookInfo{}, false
	}
	info := WebhookInfo{URL: s.hook.url, SecretToken: s.hook.secret, MaxConnections: s.hook.maxConn}
	for t, ok := range s.allowed {
		if ok {
			info.AllowedUpdates = append(info.AllowedUpdates, t)
		}
	}
	return info, true
}

// setWebhook sets the webhook and starts posting pending updates to it. Like
// Telegram, it checks the URL and the secret's characters, and answers true.
func (s *Server) setWebhook(c *call) (any, *apiError) {
	raw := c.str("url")
	if raw == "" {
		return s.deleteWebhook(c)
	}
	u, err := url.Parse(raw)
	if err != nil || (u.Scheme != "https" && u.Scheme != "http") || u.Host == "" {
		return nil, errBadRequest("bad webhook: invalid URL")
	}
	secret := c.str("secret_token")
	if len(secret) > 256 {
		return nil, errBadRequest("bad webhook: secret token is too long")
	}
	for _, r := range secret {
		if !(r >= 'A' && r <= 'Z' || r >= 'a' && r <= 'z' || r >= '0' && r <= '9' || r == '_' || r == '-') {
			return nil, errBadRequest("bad webhook: secret token contains unallowed characters")
		}
	}
	maxConn := int(c.num("max_connections", 40))
	if maxConn < 1 || maxConn > 100 {
		maxConn = 40
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	s.setAllowedLocked(c)
	if s.hook != nil {
		close(s.hook.stop)
	}
	s.terminateLocked("Conflict: terminated by setWebhook request")
	h := &webhookState{url: raw, secret: secret, maxConn: maxConn, stop: make(chan struct{}), ended: make(chan struct{})}
	s.hook = h
	go s.deliver(h)
	return true, nil
}

// deleteWebhook removes the webhook; getUpdates works again.
// Like Telegram, it answers once no post is in flight, so an update the
// webhook took is never offered to getUpdates as well.
func (s *Server) deleteWebhook(c *call) (any, *apiError) {
	s.mu.Lock()
	h := s.hook
	if h != nil {
		close(h.stop)
		s.hook = nil
	}
	s.mu.Unlock()
	if h != nil {
		<-h.ended
	}
	if c.flag("drop_pending_updates") {
		s.mu.Lock()
		s.queue = nil
		s.mu.Unlock()
	}
	return true, nil
}

// getWebhookInfo describes the webhook.
func (s *Server) getWebhookInfo(*call) (any, *apiError) {
	s.mu.Lock()
	defer s.mu.Unlock()
	info := map[string]any{"url": "", "has_custom_certificate": false, "pending_update_count": len(s.queue)}
	if s.hook != nil {
		info["url"] = s.hook.url
		info["max_connections"] = s.hook.maxConn
	}
	return info, nil
}

// webhookActiveLocked is getUpdates' refusal while a webhook is set.
func (s *Server) webhookActiveLocked() *apiError {
	if s.hook == nil {
		return nil
	}
	return &apiError{code: 409, desc: "Conflict: can't use getUpdates method while webhook is active; use deleteWebhook to delete the webhook first"}
}

// deliver posts pending updates to h, up to maxConn at once, until the
// webhook changes or the server closes. An update answered 2xx is
// confirmed; any other answer or error is posted again after a pause.
func (s *Server) deliver(h *webhookState) {
	defer close(h.ended)
	client := &http.Client{Timeout: 60 * time.Second}
	for {
		s.mu.Lock()
		var batch []queued
		for i := range s.queue {
			if len(batch) >= h.maxConn {
				break
			}
			batch = append(batch, s.queue[i])
		}
		signal := s.updateSignal
		s.mu.Unlock()
		if len(batch) == 0 {
			select {
			case <-signal:
				continue
			case <-h.stop:
				return
			case <-s.done:
				return
			}
		}
		ok := make([]bool, len(batch))
		var wg sync.WaitGroup
		for i, q := range batch {
			wg.Add(1)
			go func() {
				defer wg.Done()
				ok[i] = s.post(client, h, q)
			}()
		}
		wg.Wait()
		s.mu.Lock()
		done := map[int]bool{}
		for i, q := range batch {
			if ok[i] {
				done[q.u.UpdateID] = true
			}
		}
		kept := s.queue[:0]
		for _, q := range s.queue {
			if !done[q.u.UpdateID] {
				kept = append(kept, q)
			}
		}
		clear(s.queue[len(kept):])
		s.queue = kept
		s.mu.Unlock()
		if len(done) < len(batch) {
			select {
			case <-time.After(50 * time.Millisecond):
			case <-h.stop:
				return
			case <-s.done:
				return
			}
		}
	}
}

// post posts one update to the webhook and reports whether it was taken.
func (s *Server) post(client *http.Client, h *webhookState, q queued) bool {
	raw := q.wire
	if raw == nil {
		var err error
		if raw, err = json.Marshal(q.u); err != nil {
			return false
		}
	}
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	go func() {
		select {
		case <-s.done:
			cancel()
		case <-ctx.Done():
		}
	}()
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, h.url, bytes.NewReader(raw))
	if err != nil {
		return false
	}
	req.Header.Set("Content-Type", "application/json")
	if h.secret != "" {
		req.Header.Set("X-Telegram-Bot-Api-Secret-Token", h.secret)
	}
	resp, err := client.Do(req)
	if err != nil {
		return false
	}
	resp.Body.Close()
	return resp.StatusCode >= 200 && resp.StatusCode < 300
}
