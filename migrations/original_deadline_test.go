package migrations_test

import (
	"context"
	"os"
	"testing"
	"time"

	"github.com/pressly/goose/v3"

	"github.com/dondoc/dondoc/internal/pgtest"
)

// TestOriginalDeadlineFromHistory: migration 82 gives a task whose
// deadline had moved the old deadline of its first move, from its
// history (an extension or the parent's deadline), and leaves the others
// without one. An extension refused before the first move, whose data
// also has an "old", is not a move.
func TestOriginalDeadlineFromHistory(t *testing.T) {
	ctx := context.Background()
	db := pgtest.New(t)
	p, err := goose.NewProvider(goose.DialectPostgres, db.DB, os.DirFS("."))
	if err != nil {
		t.Fatal(err)
	}
	if _, err := p.DownTo(ctx, 81); err != nil {
		t.Fatal(err)
	}
	for _, q := range []string{
		`INSERT INTO orgs (id, slug, name) OVERRIDING SYSTEM VALUE VALUES (1, 'damha', 'UBND huyện Đầm Hà')`,
		`INSERT INTO members (org_id, id, tg_user_id, chat_id, full_name, role, joined_at) OVERRIDING SYSTEM VALUE
			VALUES (1, 1, 100, 100, 'Lãnh đạo', 'leader', now())`,
		// 1: never moved; 2: an extension refused, then extended twice; 3:
		// moved by the parent, first from no deadline, then from one; 4:
		// moved by the parent, then extended.
		`INSERT INTO tasks (org_id, id, text, deadline, assigned_by, created_at) VALUES
			(1, 1, 'Việc 1 trước 15/1', '2031-01-15T23:59:59+07:00', 1, now()),
			(1, 2, 'Việc 2 trước 15/1', '2031-02-15T23:59:59+07:00', 1, now()),
			(1, 3, 'Việc 3', '2031-03-10T17:00:00+07:00', 1, now()),
			(1, 4, 'Việc 4 trước 20/1', '2031-02-10T23:59:59+07:00', 1, now())`,
		`INSERT INTO task_events (org_id, task_id, at, kind, data) VALUES
			(1, 1, '2031-01-02T09:00:00+07:00', 'assigned', '{}'),
			(1, 2, '2031-01-10T09:00:00+07:00', 'extended', '{"extension_id": 1, "old": "2031-01-15T23:59:59+07:00", "new": "2031-01-30T23:59:59+07:00"}'),
			(1, 2, '2031-01-05T09:00:00+07:00', 'extension_rejected', '{"extension_id": 2, "old": "2031-01-12T17:00:00+07:00", "new": "2031-01-20T23:59:59+07:00"}'),
			(1, 2, '2031-01-28T09:00:00+07:00', 'extended', '{"extension_id": 3, "old": "2031-01-30T23:59:59+07:00", "new": "2031-02-15T23:59:59+07:00"}'),
			(1, 3, '2031-02-01T09:00:00+07:00', 'parent_deadline', '{"new": "2031-03-01T17:00:00+07:00"}'),
			(1, 3, '2031-02-05T09:00:00+07:00', 'parent_deadline', '{"old": "2031-03-01T17:00:00+07:00", "new": "2031-03-10T17:00:00+07:00"}'),
			(1, 4, '2031-01-08T09:00:00+07:00', 'parent_deadline', '{"old": "2031-01-20T23:59:59+07:00", "new": "2031-01-31T23:59:59+07:00"}'),
			(1, 4, '2031-01-25T09:00:00+07:00', 'extended', '{"extension_id": 4, "old": "2031-01-31T23:59:59+07:00", "new": "2031-02-10T23:59:59+07:00"}')`,
	} {
		db.MustExec(q)
	}
	if _, err := p.UpTo(ctx, 82); err != nil {
		t.Fatal(err)
	}
	for id, want := range map[int64]string{1: "", 2: "2031-01-15T23:59:59+07:00", 3: "2031-03-01T17:00:00+07:00", 4: "2031-01-20T23:59:59+07:00"} {
		var got *time.Time
		if err := db.Get(&got, `SELECT original_deadline FROM tasks WHERE org_id = 1 AND id = $1`, id); err != nil {
			t.Fatal(err)
		}
		switch {
		case want == "" && got != nil:
			t.Errorf("task %d: original deadline %v, want none", id, got)
		case want != "" && (got == nil || !got.Equal(mustTime(t, want))):
			t.Errorf("task %d: original deadline %v, want %s", id, got, want)
		}
	}
	if _, err := p.DownTo(ctx, 81); err != nil {
		t.Fatalf("migration 82 does not go down: %v", err)
	}
}

func mustTime(t *testing.T, s string) time.Time {
	t.Helper()
	v, err := time.Parse(time.RFC3339, s)
	if err != nil {
		t.Fatal(err)
	}
	return v
}
