package outbox_test

import (
	"context"
	"fmt"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/dondoc/dondoc/outbox"
)

// TestPrune deletes, in batches, the sent and cancelled rows past their
// retention, keeping the recent ones, those pending or failed, and those of
// tasks still active; rows sharing one creation time are all reached
// however small the batch.
func TestPrune(t *testing.T) {
	db, org := setup(t)
	ctx := context.Background()
	now := time.Date(2021, 3, 1, 9, 0, 0, 0, time.UTC)
	old, recent := now.AddDate(0, 0, -40), now.AddDate(0, 0, -5)
	var member int64
	if err := db.Get(&member, `INSERT INTO members (org_id, tg_user_id, chat_id, full_name, role, joined_at) VALUES ($1, 1, 1, 'A', 'leader', $2) RETURNING id`, org, old); err != nil {
		t.Fatal(err)
	}
	for id, state := range map[int64]string{1: "in_progress", 2: "done", 3: "reported"} {
		if _, err := db.Exec(`INSERT INTO tasks (org_id, id, text, state, assigned_by, created_at) VALUES ($1, $2, 'x', $3, $4, $5)`, org, id, state, member, old); err != nil {
			t.Fatal(err)
		}
	}
	task := func(id int64) *int64 { return &id }
	var want []string // the keys that must remain
	row := func(key, status string, at time.Time, taskID *int64, keep bool) {
		enqueue(t, db, org, at, outbox.Message{IdemKey: key, ChatID: 1, TaskID: taskID})
		if _, err := db.Exec(`UPDATE outbox SET status = $2 WHERE idem_key = $1`, key, status); err != nil {
			t.Fatal(err)
		}
		if keep {
			want = append(want, key)
		}
	}
	for i := range 7 { // one transaction's fan-out: one creation time
		row(fmt.Sprintf("old-sent-%d", i), "sent", old, nil, false)
	}
	row("old-cancelled", "cancelled", old.Add(time.Minute), nil, false)
	row("old-done-task", "sent", old.Add(2*time.Minute), task(2), false)
	row("old-open-task", "sent", old.Add(3*time.Minute), task(1), true)
	row("old-reported-task", "sent", old.Add(3*time.Minute), task(3), true)
	row("old-gone-task", "sent", old.Add(4*time.Minute), task(99), false)
	row("old-failed", "failed", old, nil, true)
	row("old-pending", "pending", old, nil, true)
	row("recent-sent", "sent", recent, nil, true)

	n, err := outbox.Prune(ctx, db, now.AddDate(0, 0, -30), 2, []string{"assigned", "accepted", "in_progress", "reported"})
	if err != nil {
		t.Fatal(err)
	}
	if n != 10 {
		t.Errorf("deleted %d rows, want 10", n)
	}
	var left []string
	if err := db.Select(&left, `SELECT idem_key FROM outbox ORDER BY idem_key`); err != nil {
		t.Fatal(err)
	}
	slices.Sort(want)
	if got, w := strings.Join(left, ","), strings.Join(want, ","); got != w {
		t.Errorf("left %s, want %s", got, w)
	}
	if n, err := outbox.Prune(ctx, db, now.AddDate(0, 0, -30), 2, nil); err != nil || n != 2 {
		t.Errorf("without kept states, deleted %d, %v; want the 2 rows of active tasks", n, err)
	}
}

// TestUnsentCountsUseIndexes: the metrics' counts of rows not yet sent are
// right, and each is read from a partial index, not by scanning the outbox.
func TestUnsentCountsUseIndexes(t *testing.T) {
	db, org := setup(t)
	ctx := context.Background()
	now := time.Date(2021, 1, 11, 9, 0, 0, 0, time.UTC)
	for i, status := range []string{"pending", "pending", "sending", "failed", "sent", "sent", "cancelled"} {
		key := fmt.Sprintf("k%d", i)
		enqueue(t, db, org, now, outbox.Message{IdemKey: key, ChatID: 1})
		if _, err := db.Exec(`UPDATE outbox SET status = $2, lease_until = $3 WHERE idem_key = $1`, key, status, now); err != nil {
			t.Fatal(err)
		}
	}
	got, err := outbox.UnsentCounts(ctx, db)
	if err != nil {
		t.Fatal(err)
	}
	if got["pending"] != 2 || got["sending"] != 1 || got["failed"] != 1 || len(got) != 3 {
		t.Errorf("counts %v", got)
	}
	tx := db.MustBegin()
	defer tx.Rollback()
	tx.MustExec(`SET LOCAL enable_seqscan = off`)
	var plan []string
	if err := tx.Select(&plan, `EXPLAIN `+outbox.UnsentCountsQuery); err != nil {
		t.Fatal(err)
	}
	text := strings.Join(plan, "\n")
	// pending is read from outbox_due or outbox_bot_due, both partial.
	for _, idx := range []string{"outbox_leased", "outbox_failed"} {
		if !strings.Contains(text, idx) {
			t.Errorf("the counts do not read %s:\n%s", idx, text)
		}
	}
	indexed := 0
	for _, line := range plan {
		if strings.Contains(line, "Index") && (strings.Contains(line, "outbox_due") || strings.Contains(line, "outbox_bot_due") ||
			strings.Contains(line, "outbox_leased") || strings.Contains(line, "outbox_failed")) {
			indexed++
		}
	}
	if indexed != 3 || strings.Contains(text, "Seq Scan") {
		t.Errorf("the counts scan the outbox:\n%s", text)
	}
}
