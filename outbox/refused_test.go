package outbox_test

import (
	"context"
	"errors"
	"testing"
	"time"

	"github.com/jmoiron/sqlx"

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

// seeingHooks record, when told a row was refused, whether the row was
// already failed and refused, and fail the first fail times.
type seeingHooks struct {
	hooks
	db      *sqlx.DB
	fail    int
	refused []bool
}

func (h *seeingHooks) Unreachable(ctx context.Context, r outbox.Row, err error, now time.Time) error {
	var refused bool
	if err := h.db.Get(&refused, `SELECT status = 'failed' AND refused_at IS NOT NULL FROM outbox WHERE org_id = $1 AND id = $2`, r.OrgID, r.ID); err != nil {
		return err
	}
	h.mu.Lock()
	h.refused = append(h.refused, refused)
	failing := h.fail > 0
	h.fail--
	h.mu.Unlock()
	if failing {
		return errors.New("database away")
	}
	return h.hooks.Unreachable(ctx, r, err, now)
}

// A row is refused before the domain is told (and marks the person
// unreachable): a person who comes back in between finds it refused. When
// the domain cannot be told, the row is queued again, not left refused.
func TestRefusedBeforeTheDomainIsTold(t *testing.T) {
	db, org := setup(t)
	clk := &clock{t: time.Date(2031, 1, 7, 9, 0, 0, 0, time.UTC)}
	tr := &memTransport{fail: func(int64, outbox.Part, bool, int) error {
		return &outbox.SendError{Kind: outbox.Unreachable, Err: errors.New("403 blocked")}
	}}
	h := &seeingHooks{db: db, fail: 1}
	s := outbox.NewSender(db, textRenderer{}, tr, h, outbox.NewLimits(unlimited), fast, clk.Now, quiet)
	enqueue(t, db, org, clk.Now(), outbox.Message{IdemKey: "blocked", ChatID: 2})
	ctx := context.Background()
	if _, err := s.Drain(ctx); err != nil {
		t.Fatal(err)
	}
	var row struct {
		Status  string `db:"status"`
		Refused bool   `db:"refused"`
	}
	if err := db.Get(&row, `SELECT status, refused_at IS NOT NULL AS refused FROM outbox WHERE idem_key = 'blocked'`); err != nil {
		t.Fatal(err)
	}
	if row.Status != "pending" || row.Refused {
		t.Errorf("after the domain failed to learn, the row is %s (refused %v), want pending, not refused", row.Status, row.Refused)
	}
	clk.Add(2 * time.Hour)
	if _, err := s.Drain(ctx); err != nil {
		t.Fatal(err)
	}
	if err := db.Get(&row, `SELECT status, refused_at IS NOT NULL AS refused FROM outbox WHERE idem_key = 'blocked'`); err != nil {
		t.Fatal(err)
	}
	if row.Status != "failed" || !row.Refused {
		t.Errorf("after the second refusal, the row is %s (refused %v), want failed and refused", row.Status, row.Refused)
	}
	if len(h.refused) != 2 || !h.refused[0] || !h.refused[1] {
		t.Errorf("the domain saw the row refused: %v, want [true true]", h.refused)
	}
}
