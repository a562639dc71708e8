package migrations_test

import (
	"context"
	"os"
	"testing"

	"github.com/pressly/goose/v3"

	"github.com/dondoc/dondoc/internal/pgtest"
)

// TestMemberStamps: after migration 80 a person's fingerprint changes with
// their membership, its units and its organisation, not with the
// organisation's counters nor with an update that writes the same values;
// members added before the migration have a fingerprint too. Down again,
// 00067's definition is back and the stamps are gone.
func TestMemberStamps(t *testing.T) {
	ctx := context.Background()
	db := pgtest.New(t)
	p, err := goose.NewProvider(goose.DialectPostgres, db.DB, os.DirFS("."))
	if err != nil {
		t.Fatal(err)
	}
	if _, err := p.DownTo(ctx, 79); err != nil {
		t.Fatalf("migration 80 does not go down: %v", err)
	}
	db.MustExec(`INSERT INTO orgs (id, slug, name, level) OVERRIDING SYSTEM VALUE VALUES (1, 'xa-a', 'UBND xã A', 'xa')`)
	db.MustExec(`INSERT INTO units (org_id, code, name, kind) VALUES (1, 'vhxh', 'Phòng Văn hóa – Xã hội', 'phong')`)
	db.MustExec(`INSERT INTO members (org_id, tg_user_id, chat_id, full_name, role, joined_at) VALUES (1, 200, 200, 'Nguyễn Văn A', 'member', now())`)
	var old string
	if err := db.Get(&old, `SELECT member_fingerprint(200)`); err != nil || len(old) != 32 {
		t.Fatalf("00067's fingerprint = %q, %v", old, err)
	}
	if _, err := p.Up(ctx); err != nil {
		t.Fatal(err)
	}
	fp := func() string {
		t.Helper()
		var s string
		if err := db.Get(&s, `SELECT member_fingerprint(200)`); err != nil {
			t.Fatal(err)
		}
		return s
	}
	if got := fp(); got == "" || got == old {
		t.Fatalf("a member of before the migration has fingerprint %q (was %q)", got, old)
	}
	for _, c := range []struct {
		name    string
		sql     string
		changes bool
	}{
		{"the task counter", `UPDATE orgs SET next_task_no = next_task_no + 1`, false},
		{"the received counter", `UPDATE orgs SET next_received_no = next_received_no + 1`, false},
		{"the same name written again", `UPDATE members SET full_name = full_name`, false},
		{"their name", `UPDATE members SET full_name = 'Nguyễn Văn B'`, true},
		{"a unit", `INSERT INTO member_units (org_id, member_id, unit_id) SELECT 1, m.id, u.id FROM members m, units u`, true},
		{"the same unit written again", `UPDATE member_units SET is_head = is_head`, false},
		{"head of it", `UPDATE member_units SET is_head = true`, true},
		{"the unit taken away", `DELETE FROM member_units`, true},
		{"the organisation renamed", `UPDATE orgs SET name = 'UBND xã A mới'`, true},
		{"another person joining", `INSERT INTO members (org_id, tg_user_id, chat_id, full_name, role, joined_at) VALUES (1, 300, 300, 'Trần Thị C', 'member', now())`, false},
		{"removed", `UPDATE members SET removed_at = now() WHERE tg_user_id = 200`, true},
	} {
		before := fp()
		db.MustExec(c.sql)
		if after := fp(); (after != before) != c.changes {
			t.Errorf("%s: fingerprint %q → %q, want changed = %v", c.name, before, after, c.changes)
		}
	}
	if _, err := p.DownTo(ctx, 79); err != nil {
		t.Fatalf("migration 80 does not go down: %v", err)
	}
	var n int
	db.Get(&n, `SELECT count(*) FROM information_schema.columns WHERE table_name = 'members' AND column_name = 'stamp'`)
	if got := fp(); len(got) != 32 || n != 0 {
		t.Errorf("down to 79: fingerprint %q, stamp columns %d; want 00067's md5 and none", got, n)
	}
	if _, err := p.Up(ctx); err != nil {
		t.Fatal(err)
	}
}
