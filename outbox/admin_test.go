package outbox_test

import (
	"context"
	"testing"
	"time"

	"github.com/dondoc/dondoc/outbox"
)

// TestQueueFigures: the counts by status, for one organisation and for all,
// and the wait of the oldest row due, which ignores rows not due yet and
// rows no longer pending.
func TestQueueFigures(t *testing.T) {
	db, org := setup(t)
	ctx := context.Background()
	var other int64
	if err := db.Get(&other, `INSERT INTO orgs (slug, name) VALUES ('u', 'U') RETURNING id`); err != nil {
		t.Fatal(err)
	}
	now := time.Date(2021, 1, 11, 9, 0, 0, 0, time.UTC)
	if age, err := outbox.OldestDue(ctx, db, now); err != nil || age != 0 {
		t.Errorf("empty queue: oldest due %v, %v", age, err)
	}
	enqueue(t, db, org, now.Add(-10*time.Minute), outbox.Message{IdemKey: "a", ChatID: 1})
	enqueue(t, db, org, now.Add(-time.Minute), outbox.Message{IdemKey: "b", ChatID: 1})
	enqueue(t, db, org, now, outbox.Message{IdemKey: "later", ChatID: 1, NotBefore: now.Add(time.Hour)})
	enqueue(t, db, other, now.Add(-time.Hour), outbox.Message{IdemKey: "c", ChatID: 2})
	if _, err := db.Exec(`UPDATE outbox SET status = 'failed' WHERE idem_key = 'c'`); err != nil {
		t.Fatal(err)
	}
	if age, err := outbox.OldestDue(ctx, db, now); err != nil || age != 10*time.Minute {
		t.Errorf("oldest due %v, %v; want 10m", age, err)
	}
	one, err := outbox.Counts(ctx, db, org)
	if err != nil || one["pending"] != 3 || one["failed"] != 0 {
		t.Errorf("counts of one organisation %v, %v", one, err)
	}
	all, err := outbox.CountsAll(ctx, db)
	if err != nil || all["pending"] != 3 || all["failed"] != 1 {
		t.Errorf("counts of all %v, %v", all, err)
	}
}
