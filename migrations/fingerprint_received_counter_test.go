package migrations_test

import (
	"context"
	"os"
	"testing"

	"github.com/pressly/goose/v3"

	"github.com/dondoc/dondoc/internal/pgtest"
)

// TestFingerprintLeavesOutReceivedCounter: after migration 67 a task
// received by the organisation (its next_received_no bumped) leaves its
// members' fingerprint as it was; down again, 00050's definition is back
// (the counter counts again).
func TestFingerprintLeavesOutReceivedCounter(t *testing.T) {
	ctx := context.Background()
	db := pgtest.New(t)
	p, err := goose.NewProvider(goose.DialectPostgres, db.DB, os.DirFS("."))
	if err != nil {
		t.Fatal(err)
	}
	db.MustExec(`INSERT INTO orgs (id, slug, name, level) OVERRIDING SYSTEM VALUE VALUES (1, 'xa-a', 'UBND xã A', 'xa')`)
	db.MustExec(`INSERT INTO members (org_id, tg_user_id, chat_id, full_name, role, joined_at) VALUES (1, 200, 200, 'Nguyễn Văn A', 'member', now())`)
	changes := func() bool {
		t.Helper()
		var before, after string
		if err := db.Get(&before, `SELECT member_fingerprint(200)`); err != nil {
			t.Fatal(err)
		}
		db.MustExec(`UPDATE orgs SET next_received_no = next_received_no + 1 WHERE id = 1`)
		if err := db.Get(&after, `SELECT member_fingerprint(200)`); err != nil {
			t.Fatal(err)
		}
		return before != after
	}
	if changes() {
		t.Error("a received task changed the member's fingerprint")
	}
	var renamed, before string
	db.Get(&before, `SELECT member_fingerprint(200)`)
	db.MustExec(`UPDATE orgs SET name = 'UBND xã A mới' WHERE id = 1`)
	if err := db.Get(&renamed, `SELECT member_fingerprint(200)`); err != nil || renamed == before {
		t.Errorf("renaming the organisation left the fingerprint (%v)", err)
	}
	if _, err := p.DownTo(ctx, 66); err != nil {
		t.Fatalf("migration 67 does not go down: %v", err)
	}
	if !changes() {
		t.Error("down to 66, the fingerprint is not 00050's (the received counter does not count)")
	}
	if _, err := p.Up(ctx); err != nil {
		t.Fatal(err)
	}
}
