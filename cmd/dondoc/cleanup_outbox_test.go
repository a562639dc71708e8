package main

import (
	"context"
	"io"
	"log/slog"
	"strings"
	"testing"
	"time"

	"github.com/dondoc/dondoc/internal/pgtest"
	"github.com/dondoc/dondoc/outbox"
	"github.com/dondoc/dondoc/tasks"
)

// TestCleanupPrunesOutbox runs the daily cleanup with a retention of 30
// days: sent and cancelled rows older than that go, but those of a task
// still open; newer rows, and failed ones, stay.
func TestCleanupPrunesOutbox(t *testing.T) {
	db := pgtest.New(t)
	st := tasks.NewStore(db)
	ctx := context.Background()
	now := time.Date(2026, 12, 7, 9, 0, 0, 0, time.UTC)
	old := now.AddDate(0, 0, -31)
	org, err := st.CreateOrg(ctx, "UBND huyện Đầm Hà", "Asia/Ho_Chi_Minh", old)
	if err != nil {
		t.Fatal(err)
	}
	var member int64
	if err := db.Get(&member, `INSERT INTO members (org_id, tg_user_id, chat_id, full_name, role, joined_at) VALUES ($1, 7, 7, 'A', 'leader', $2) RETURNING id`, org.ID, old); err != nil {
		t.Fatal(err)
	}
	for id, state := range map[int64]string{1: "accepted", 2: "done"} {
		if _, err := db.Exec(`INSERT INTO tasks (org_id, id, text, state, assigned_by, created_at) VALUES ($1, $2, 'x', $3, $4, $5)`, org.ID, id, state, member, old); err != nil {
			t.Fatal(err)
		}
	}
	for _, r := range []struct {
		key, status string
		at          time.Time
		task        int64
	}{
		{"old-sent", "sent", old, 0}, {"old-cancelled", "cancelled", old, 0}, {"old-done-task", "sent", old, 2},
		{"old-open-task", "sent", old, 1}, {"old-failed", "failed", old, 0}, {"new-sent", "sent", now.AddDate(0, 0, -29), 0},
	} {
		m := outbox.Message{OrgID: org.ID, IdemKey: r.key, ChatID: 7, Kind: tasks.NoticeAssigned}
		if r.task != 0 {
			m.TaskID = &r.task
		}
		if _, err := outbox.Enqueue(ctx, db, r.at, m); err != nil {
			t.Fatal(err)
		}
		db.MustExec(`UPDATE outbox SET status = $2 WHERE idem_key = $1`, r.key, r.status)
	}
	a := &app{store: st, log: slog.New(slog.NewTextHandler(io.Discard, nil))}
	a.pruneOutbox(ctx, now, defaultOutboxRetention)
	var left []string
	if err := db.Select(&left, `SELECT idem_key FROM outbox ORDER BY idem_key`); err != nil {
		t.Fatal(err)
	}
	if got := strings.Join(left, ","); got != "new-sent,old-failed,old-open-task" {
		t.Errorf("left %s", got)
	}
}
