package bot_test

import (
	"context"
	"log/slog"
	"net/http/httptest"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/dondoc/dondoc/bot"
	"github.com/dondoc/dondoc/bot/tgfake"
	"github.com/dondoc/dondoc/outbox"
	"github.com/dondoc/dondoc/tasks"
)

// TestWebhookReplicaOnlyRecords: Telegram posts to a second replica (it
// set the webhook last); that replica records the update and answers 200,
// and the leader (the harness's bot) handles it and replies, through its
// own budget. The replica handles nothing.
func TestWebhookReplicaOnlyRecords(t *testing.T) {
	h := newHarness(t, withWebhook())
	h.join(leader, tasks.RoleLeader, "")
	tg, err := bot.Connect(context.Background(), tgfake.Token, h.fake.URL(), time.Second)
	if err != nil {
		t.Fatal(err)
	}
	replica := bot.New(tg, h.store, outbox.NewLimits(fastLimits), func() {}, h.clock.Now, slog.New(slog.DiscardHandler), bot.Config{})
	srv := httptest.NewServer(replica.WebhookHandler())
	t.Cleanup(srv.Close)
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan struct{})
	go func() { defer close(done); replica.RunWebhook(ctx, bot.WebhookOptions{URL: srv.URL}) }()
	t.Cleanup(func() { cancel(); <-done })
	for deadline := time.Now().Add(wait); ; time.Sleep(10 * time.Millisecond) {
		if info, ok := h.fake.Webhook(); ok && info.URL == srv.URL {
			break
		}
		if time.Now().After(deadline) {
			t.Fatal("the replica did not set the webhook")
		}
	}
	waitHandled(h) // the join's updates are counted before
	handledBefore := h.bot.Stats().Handled.Load()
	h.say(leader, "/help", "/viec")
	h.say(leader, "/viec")
	waitHandled(h)
	if n := replica.Stats().Received.Load(); n != 2 {
		t.Errorf("the replica recorded %d updates, want 2", n)
	}
	if n := replica.Stats().Handled.Load(); n != 0 {
		t.Errorf("the replica handled %d updates, want none", n)
	}
	if n := h.bot.Stats().Handled.Load() - handledBefore; n != 2 {
		t.Errorf("the leader handled %d updates, want 2", n)
	}
}

// TestWebhookOnceInOrder: many updates of several chats posted by webhook
// while the leader polls the ledger: each is answered exactly once, and
// each chat's answers come in the order its messages were written.
func TestWebhookOnceInOrder(t *testing.T) {
	h := newHarness(t, withWebhook())
	for deadline := time.Now().Add(wait); ; time.Sleep(10 * time.Millisecond) {
		if _, ok := h.fake.Webhook(); ok {
			break
		}
		if time.Now().After(deadline) {
			t.Fatal("setWebhook was not called")
		}
	}
	users := []tgfake.User{kthtStaff, kthtOther, xaStaff, tckhStaff, stranger}
	const each = 12
	for i := range each {
		for _, u := range users {
			h.fake.SendText(u, "/x"+strconv.Itoa(i))
		}
	}
	for _, u := range users {
		var got []string
		for deadline := time.Now().Add(wait); ; time.Sleep(20 * time.Millisecond) {
			got = got[:0]
			for _, m := range h.fake.SentTo(u.ID) {
				got = append(got, m.PlainText)
			}
			if len(got) >= each || time.Now().After(deadline) {
				break
			}
		}
		waitHandled(h)
		time.Sleep(200 * time.Millisecond) // a poll or two more: nothing is answered again
		got = got[:0]
		for _, m := range h.fake.SentTo(u.ID) {
			got = append(got, m.PlainText)
		}
		if len(got) != each {
			t.Fatalf("%s got %d answers, want %d: %q", u.FirstName, len(got), each, got)
		}
		for i, text := range got {
			if !strings.Contains(text, "/x"+strconv.Itoa(i)+".") {
				t.Errorf("%s's answer %d is %q, want the one to /x%d", u.FirstName, i, text, i)
			}
		}
	}
}
