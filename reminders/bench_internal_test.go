package reminders

import (
	"context"
	"io"
	"log/slog"
	"strings"
	"testing"
	"time"

	"github.com/dondoc/dondoc/internal/pgtest"
)

// BenchmarkDueScan measures the scan's first step, finding and locking the
// due reminders, among 1,000,000 open tasks with three planned reminders
// each (3,000,000 rows), of which 10,000 are due; a claim takes 500.
//
//	go test -run '^$' -bench DueScan ./reminders/
func BenchmarkDueScan(b *testing.B) {
	const tasks = 1_000_000
	ctx := context.Background()
	db := pgtest.New(b)
	now := time.Date(2021, 6, 1, 8, 0, 0, 0, time.UTC)
	setup := []string{
		`INSERT INTO orgs (id, slug, name, timezone, created_at) OVERRIDING SYSTEM VALUE VALUES (1, 'bench', 'Bench', 'Asia/Ho_Chi_Minh', $1)`,
		`INSERT INTO members (org_id, id, tg_user_id, chat_id, full_name, role, joined_at) OVERRIDING SYSTEM VALUE VALUES (1, 1, 1, 1, 'Lãnh đạo', 'leader', $1)`,
		`INSERT INTO tasks (org_id, id, text, deadline, assigned_by, created_at)
		 SELECT 1, g, 'Nhiệm vụ ' || g, $1::timestamptz + (g % 400) * interval '1 day' + interval '12 hours', 1, $1
		 FROM generate_series(1, 1000000) g`,
		`INSERT INTO reminders (org_id, task_id, slot, kind, due_at)
		 SELECT 1, t.id, s.name || '@0', 'before', t.deadline - s.before
		 FROM tasks t, (VALUES ('d3', interval '3 days 4 hours'), ('d1', interval '1 day 4 hours'), ('due', interval '4 hours')) AS s(name, before)
		 WHERE t.org_id = 1`,
		`ANALYZE reminders`,
	}
	start := time.Now()
	for _, q := range setup {
		var err error
		if !strings.Contains(q, "$1") {
			_, err = db.ExecContext(ctx, q)
		} else {
			_, err = db.ExecContext(ctx, q, now)
		}
		if err != nil {
			b.Fatalf("setup %.60s: %v", q, err)
		}
	}
	b.Logf("%d tasks, %d reminders set up in %s", tasks, 3*tasks, time.Since(start).Round(time.Second))
	var dueCount int
	if err := db.GetContext(ctx, &dueCount, `SELECT count(*) FROM reminders WHERE status = 'pending' AND due_at <= $1`, now); err != nil {
		b.Fatal(err)
	}
	s := New(db, slog.New(slog.NewTextHandler(io.Discard, nil)))
	b.Run("claim-500", func(b *testing.B) {
		for range b.N {
			tx, err := db.BeginTxx(ctx, nil)
			if err != nil {
				b.Fatal(err)
			}
			var rows []due
			if err := tx.SelectContext(ctx, &rows, dueQuery+` FOR UPDATE SKIP LOCKED`, now, 500); err != nil {
				b.Fatal(err)
			}
			tx.Rollback()
			if len(rows) != min(500, dueCount) {
				b.Fatalf("found %d due rows, want %d", len(rows), min(500, dueCount))
			}
		}
	})
	b.Run("none-due", func(b *testing.B) {
		early := now.Add(-30 * 24 * time.Hour)
		for range b.N {
			n, err := s.FindDue(ctx, early, 500)
			if err != nil || n != 0 {
				b.Fatalf("FindDue = %d, %v", n, err)
			}
		}
	})
}
