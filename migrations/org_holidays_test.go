package migrations_test

import (
	"context"
	"os"
	"testing"

	"github.com/pressly/goose/v3"

	"github.com/dondoc/dondoc/internal/pgtest"
)

func TestMain(m *testing.M) { os.Exit(pgtest.Main(m)) }

// TestRestDaysBecomeSaturdayAndSunday: migration 14 turns a stored
// Sunday-only week (the old default) into Saturday and Sunday, leaves an
// admin's other choices alone, and keeps one pending snooze per member and
// task.
func TestRestDaysBecomeSaturdayAndSunday(t *testing.T) {
	ctx := context.Background()
	db := pgtest.New(t)
	p, err := goose.NewProvider(goose.DialectPostgres, db.DB, os.DirFS("."))
	if err != nil {
		t.Fatal(err)
	}
	if _, err := p.DownTo(ctx, 13); err != nil {
		t.Fatal(err)
	}
	db.MustExec(`INSERT INTO orgs (id, slug, name, timezone, settings) OVERRIDING SYSTEM VALUE VALUES
		(1, 'a', 'A', 'Asia/Ho_Chi_Minh', '{"reminders": {"at": "07:30", "rest_days": [0]}}'),
		(2, 'b', 'B', 'Asia/Ho_Chi_Minh', '{"reminders": {"rest_days": [0, 3]}}'),
		(3, 'c', 'C', 'Asia/Ho_Chi_Minh', '{"weekly": {}}')`)
	db.MustExec(`INSERT INTO members (org_id, id, tg_user_id, chat_id, full_name, role, joined_at) OVERRIDING SYSTEM VALUE VALUES (1, 7, 7, 7, 'x', 'leader', now())`)
	db.MustExec(`INSERT INTO tasks (org_id, id, text, assigned_by, created_at) VALUES (1, 1, 'x', 7, now())`)
	db.MustExec(`INSERT INTO reminders (org_id, task_id, slot, kind, member_id, due_at) VALUES
		(1, 1, 'snooze1-m5@0', 'snooze', 5, now() + interval '1 hour'),
		(1, 1, 'snooze2-m5@0', 'snooze', 5, now() + interval '2 hours'),
		(1, 1, 'snooze3-m6@0', 'snooze', 6, now() + interval '1 hour')`)
	if _, err := p.UpTo(ctx, 14); err != nil {
		t.Fatal(err)
	}
	for _, tt := range []struct {
		id   int
		want string
	}{{1, `{"reminders": {"at": "07:30", "rest_days": [0, 6]}}`}, {2, `{"reminders": {"rest_days": [0, 3]}}`}, {3, `{"weekly": {}}`}} {
		var got string
		if err := db.Get(&got, `SELECT settings::text FROM orgs WHERE id = $1`, tt.id); err != nil {
			t.Fatal(err)
		}
		if got != tt.want {
			t.Errorf("org %d settings = %s, want %s", tt.id, got, tt.want)
		}
	}
	var slots []string
	if err := db.Select(&slots, `SELECT slot FROM reminders ORDER BY slot`); err != nil {
		t.Fatal(err)
	}
	if len(slots) != 2 || slots[0] != "snooze2-m5@0" || slots[1] != "snooze3-m6@0" {
		t.Errorf("snoozes after the migration = %v, want the latest per member", slots)
	}
}
