package bot

import (
	"context"
	"testing"
	"time"

	"github.com/dondoc/dondoc/internal/pgtest"
)

// TestLedgerRecordsOnceAndKeepsReasons: an update is recorded once per bot
// (another bot's same id is its own), pending until marked, and a failure
// keeps its reason.
func TestLedgerRecordsOnceAndKeepsReasons(t *testing.T) {
	db := pgtest.New(t)
	ctx := context.Background()
	now := time.Now()
	a, b := &ledger{db: db, botID: 1}, &ledger{db: db, botID: 2}
	msg := func(id int64, chat int64) Update {
		return Update{UpdateID: id, Message: &Message{MessageID: int(id), Chat: &Chat{ID: chat, Type: "private"}, Text: "/help"}}
	}
	fresh, err := a.record(ctx, []Update{msg(10, 5), msg(11, 6)}, now)
	if err != nil || len(fresh) != 2 {
		t.Fatalf("first record: %v, %v", fresh, err)
	}
	fresh, err = a.record(ctx, []Update{msg(11, 6), msg(12, 5)}, now)
	if err != nil || len(fresh) != 1 || fresh[0].UpdateID != 12 {
		t.Fatalf("again: %v, %v", fresh, err)
	}
	if fresh, err = b.record(ctx, []Update{msg(10, 5)}, now); err != nil || len(fresh) != 1 {
		t.Fatalf("another bot's update 10: %v, %v", fresh, err)
	}
	pending, err := a.pending(ctx, now)
	if err != nil || len(pending) != 3 || pending[0].UpdateID != 10 || pending[0].Message.Text != "/help" || pending[0].chatKey() != 5 {
		t.Fatalf("pending = %+v, %v", pending, err)
	}
	if err := a.done(ctx, []mark{{id: 10}, {id: 11, reason: "render: unknown kind"}}, now); err != nil {
		t.Fatal(err)
	}
	var failed []struct {
		ID     int64   `db:"update_id"`
		Failed *string `db:"failed"`
	}
	if err := db.Select(&failed, `SELECT update_id, failed FROM telegram_updates WHERE bot_id = 1 AND handled_at IS NOT NULL ORDER BY update_id`); err != nil {
		t.Fatal(err)
	}
	if len(failed) != 2 || failed[0].Failed != nil || failed[1].Failed == nil || *failed[1].Failed != "render: unknown kind" {
		t.Fatalf("marked = %+v", failed)
	}
	if pending, err = a.pending(ctx, now); err != nil || len(pending) != 1 || pending[0].UpdateID != 12 {
		t.Fatalf("pending after marks = %+v, %v", pending, err)
	}
	// A claim with a cutoff takes only the updates stamped before it.
	if got, err := a.claim(ctx, time.Now().Add(-time.Hour), now); err != nil || len(got) != 0 {
		t.Fatalf("claim of updates older than an hour = %+v, %v", got, err)
	}
}

// TestLedgerUsesTheAppClock: the app's clock is ahead of the database's
// (a test clock, or a skewed host); updates recorded and claimed by the
// app's clock are taken by a cutoff on that clock only when older than it,
// and a claim stamps them with that clock.
func TestLedgerUsesTheAppClock(t *testing.T) {
	db := pgtest.New(t)
	ctx := context.Background()
	l := &ledger{db: db, botID: 1}
	now := time.Date(2031, 1, 16, 20, 0, 0, 0, time.UTC)
	age := 2 * time.Minute
	us := []Update{{UpdateID: 1, Message: &Message{MessageID: 1, Chat: &Chat{ID: 5, Type: "private"}, Text: "/help"}},
		{UpdateID: 2, Message: &Message{MessageID: 2, Chat: &Chat{ID: 6, Type: "private"}, Text: "/help"}}}
	if _, err := l.record(ctx, us, now.Add(-time.Hour)); err != nil {
		t.Fatal(err)
	}
	if _, err := l.record(ctx, []Update{{UpdateID: 3, Message: &Message{MessageID: 3, Chat: &Chat{ID: 5, Type: "private"}, Text: "/viec"}}}, now); err != nil {
		t.Fatal(err)
	}
	got, err := l.claim(ctx, now.Add(-age), now)
	if err != nil || len(got) != 2 || got[0].UpdateID != 1 || got[1].UpdateID != 2 {
		t.Fatalf("sweep took %+v, %v; want updates 1 and 2 (3 was just recorded)", got, err)
	}
	if got, err := l.claim(ctx, now.Add(-age), now.Add(time.Second)); err != nil || len(got) != 0 {
		t.Fatalf("a second sweep took %+v, %v; want nothing (all stamped by now)", got, err)
	}
}
