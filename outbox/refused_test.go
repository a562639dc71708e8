package outbox_test

import (
	"context"
	"errors"
	"testing"
	"time"

	"github.com/dondoc/dondoc/outbox"
)

// A row Telegram refused (the person blocked the bot) is queued again once
// the person is back, within the window; a row that failed otherwise, one
// refused before the window, and another person's stay failed.
func TestRequeueRefused(t *testing.T) {
	db, org := setup(t)
	clk := &clock{t: time.Now()}
	var alice, bob int64
	for _, m := range []struct {
		id  *int64
		tg  int64
		who string
	}{{&alice, 1, "Alice"}, {&bob, 2, "Bob"}} {
		if err := db.Get(m.id, `INSERT INTO members (org_id, tg_user_id, chat_id, full_name, role, joined_at) VALUES ($1, $2, $2, $3, 'member', now()) RETURNING id`, org, m.tg, m.who); err != nil {
			t.Fatal(err)
		}
	}
	enqueue(t, db, org, clk.Now(),
		outbox.Message{IdemKey: "old", ChatID: 1, MemberID: &alice},
		outbox.Message{IdemKey: "refused", ChatID: 1, MemberID: &alice},
		outbox.Message{IdemKey: "broken", ChatID: 1, MemberID: &alice},
		outbox.Message{IdemKey: "bob", ChatID: 2, MemberID: &bob})
	tr := &memTransport{fail: func(chat int64, p outbox.Part, _ bool, _ int) error {
		if p.Text == "tin broken" {
			return &outbox.SendError{Kind: outbox.Permanent, Err: errors.New("400 bad request")}
		}
		return &outbox.SendError{Kind: outbox.Unreachable, Err: errors.New("403 blocked")}
	}}
	s := outbox.NewSender(db, textRenderer{}, tr, &hooks{}, outbox.NewLimits(unlimited), fast, clk.Now, quiet)
	s.Drain(context.Background())
	db.MustExec(`UPDATE outbox SET refused_at = refused_at - interval '30 days' WHERE idem_key = 'old'`)
	for key, st := range statuses(t, db) {
		if st != "failed" {
			t.Fatalf("%s is %s before the person comes back, want failed", key, st)
		}
	}
	clk.Add(time.Hour)
	recipients := []outbox.Recipient{{OrgID: org, MemberID: alice}}
	n, err := outbox.RequeueRefused(context.Background(), db, recipients, clk.Now().Add(-7*24*time.Hour), clk.Now())
	if err != nil || n != 1 {
		t.Fatalf("requeued %d rows (%v), want 1", n, err)
	}
	if n, _ := outbox.RequeueRefused(context.Background(), db, recipients, clk.Now().Add(-7*24*time.Hour), clk.Now()); n != 0 {
		t.Errorf("a second requeue queued %d rows, want none", n)
	}
	want := map[string]string{"old": "failed", "refused": "pending", "broken": "failed", "bob": "failed"}
	for key, st := range statuses(t, db) {
		if st != want[key] {
			t.Errorf("%s is %s, want %s", key, st, want[key])
		}
	}
}
