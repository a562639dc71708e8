package migrations_test

import (
	"context"
	"os"
	"testing"

	"github.com/pressly/goose/v3"

	"github.com/dondoc/dondoc/internal/pgtest"
)

// TestExistingOrganisationsBecomeDistricts: migrations 30–33 leave an
// organisation made before as a district with no parent, its units live and
// unlinked, its tasks and extension requests as they were; and they go
// down again.
func TestExistingOrganisationsBecomeDistricts(t *testing.T) {
	ctx := context.Background()
	db := pgtest.New(t)
	p, err := goose.NewProvider(goose.DialectPostgres, db.DB, os.DirFS("."))
	if err != nil {
		t.Fatal(err)
	}
	if _, err := p.DownTo(ctx, 21); err != nil {
		t.Fatal(err)
	}
	db.MustExec(`INSERT INTO orgs (id, slug, name, timezone) OVERRIDING SYSTEM VALUE VALUES (1, 'ubnd-huyen-dam-ha', 'UBND huyện Đầm Hà', 'Asia/Ho_Chi_Minh')`)
	db.MustExec(`INSERT INTO units (org_id, id, code, name, kind) OVERRIDING SYSTEM VALUE VALUES (1, 1, 'ktht', 'Phòng KTHT', 'phong')`)
	db.MustExec(`INSERT INTO members (org_id, id, tg_user_id, chat_id, full_name, role, joined_at) OVERRIDING SYSTEM VALUE VALUES (1, 7, 7, 7, 'x', 'leader', now())`)
	db.MustExec(`INSERT INTO tasks (org_id, id, text, assigned_by, created_at) VALUES (1, 1, 'x', 7, now())`)
	db.MustExec(`INSERT INTO task_extensions (org_id, task_id, requested_by, new_deadline, reason, requested_at) VALUES (1, 1, 7, now(), 'r', now())`)
	if _, err := p.UpTo(ctx, 33); err != nil {
		t.Fatal(err)
	}
	var org struct {
		Level  string `db:"level"`
		Parent *int64 `db:"parent_id"`
	}
	if err := db.Get(&org, `SELECT level, parent_id FROM orgs WHERE id = 1`); err != nil || org.Level != "huyen" || org.Parent != nil {
		t.Errorf("the organisation after the migrations = %+v, %v; want a district with no parent", org, err)
	}
	var live int
	if err := db.Get(&live, `SELECT count(*) FROM units WHERE org_id = 1 AND retired_at IS NULL AND linked_org_id IS NULL`); err != nil || live != 1 {
		t.Errorf("live unlinked units = %d, %v", live, err)
	}
	var ext int
	if err := db.Get(&ext, `SELECT count(*) FROM task_extensions WHERE org_id = 1 AND requested_by = 7`); err != nil || ext != 1 {
		t.Errorf("extension requests kept = %d, %v", ext, err)
	}
	var received *int64
	if err := db.Get(&received, `SELECT received_id FROM tasks WHERE org_id = 1 AND id = 1`); err != nil || received != nil {
		t.Errorf("a task made before came from a received task: %v, %v", received, err)
	}
	if _, err := p.DownTo(ctx, 21); err != nil {
		t.Fatalf("the two tiers' migrations do not go down: %v", err)
	}
	if _, err := p.Up(ctx); err != nil {
		t.Fatal(err)
	}
}
