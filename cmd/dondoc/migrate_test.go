package main

import (
	"testing"
	"time"

	"github.com/jmoiron/sqlx"

	"github.com/dondoc/dondoc/internal/pgtest"
)

// TestStartReplansMarkedOrgs: at start, after the migrations, the
// reminders of an organisation a migration marked are planned again under
// its current policy, and the mark is gone, so the next start leaves them.
func TestStartReplansMarkedOrgs(t *testing.T) {
	url := pgtest.URL(t)
	t.Setenv("DATABASE_URL", url)
	t.Setenv("TELEGRAM_BOT_USERNAME", "dondoc_test_bot")
	t.Setenv("TELEGRAM_TOKEN", "")
	if _, err := runCLI(t, "org", "create", "UBND xã Quảng Lâm"); err != nil {
		t.Fatal(err)
	}
	db, err := sqlx.Open("postgres", url)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	var org int64
	if err := db.Get(&org, `SELECT id FROM orgs WHERE slug = 'ubnd-xa-quang-lam'`); err != nil {
		t.Fatal(err)
	}
	// A deadline at 17:00 a month ahead: from now, whose hour in Vietnam
	// may be before 08:00, the due day's reminder would not exist.
	loc, err := time.LoadLocation("Asia/Ho_Chi_Minh")
	if err != nil {
		t.Fatal(err)
	}
	month := time.Now().In(loc).AddDate(0, 1, 0)
	due := time.Date(month.Year(), month.Month(), month.Day(), 17, 0, 0, 0, loc)
	db.MustExec(`INSERT INTO members (org_id, id, tg_user_id, chat_id, full_name, role, joined_at) OVERRIDING SYSTEM VALUE VALUES ($1, 7, 7, 7, 'x', 'leader', now())`, org)
	db.MustExec(`INSERT INTO tasks (org_id, id, text, assigned_by, created_at, deadline) VALUES ($1, 1, 'x', 7, now(), $2)`, org, due)
	// A reminder planned under the old rest days, on a day now off.
	db.MustExec(`INSERT INTO reminders (org_id, task_id, slot, kind, due_at) VALUES ($1, 1, 'stale@0', 'before', $2)`, org, due.Add(-time.Hour))
	db.MustExec(`INSERT INTO org_replans (org_id, reason) VALUES ($1, 'test')`, org)

	count := func(query string) int {
		t.Helper()
		var n int
		if err := db.Get(&n, query, org); err != nil {
			t.Fatal(err)
		}
		return n
	}
	if _, err := runCLI(t, "migrate"); err != nil {
		t.Fatal(err)
	}
	if n := count(`SELECT count(*) FROM org_replans WHERE org_id = $1`); n != 0 {
		t.Errorf("the mark is still there")
	}
	if n := count(`SELECT count(*) FROM reminders WHERE org_id = $1 AND slot = 'stale@0'`); n != 0 {
		t.Errorf("the reminder of the old plan is still pending")
	}
	if n := count(`SELECT count(*) FROM reminders WHERE org_id = $1 AND status = 'pending' AND slot LIKE 'due@%'`); n != 1 {
		t.Errorf("%d reminders on the deadline's day, want 1", n)
	}

	// The next start does not re-plan again: a reminder added by hand stays.
	db.MustExec(`INSERT INTO reminders (org_id, task_id, slot, kind, due_at) VALUES ($1, 1, 'stale@0', 'before', $2)`, org, due.Add(-time.Hour))
	if _, err := runCLI(t, "migrate"); err != nil {
		t.Fatal(err)
	}
	if n := count(`SELECT count(*) FROM reminders WHERE org_id = $1 AND slot = 'stale@0'`); n != 1 {
		t.Errorf("a start without a mark re-planned the organisation")
	}
}
