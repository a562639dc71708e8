package migrations_test

import (
	"context"
	"os"
	"testing"
	"time"

	"github.com/pressly/goose/v3"

	"github.com/dondoc/dondoc/internal/pgtest"
	"github.com/dondoc/dondoc/tasks"
)

// TestMergedDelegationsMove: a task given to a commune's unit that a merge
// made before migration 64 moved to a new unit (twice here) reaches the
// commune's reports again: its record of going down follows the part, and
// the commune's "done" reports the new unit's part.
func TestMergedDelegationsMove(t *testing.T) {
	ctx := context.Background()
	db := pgtest.New(t)
	p, err := goose.NewProvider(goose.DialectPostgres, db.DB, os.DirFS("."))
	if err != nil {
		t.Fatal(err)
	}
	if _, err := p.DownTo(ctx, 63); err != nil {
		t.Fatal(err)
	}
	now := time.Now()
	for _, q := range []string{
		`INSERT INTO orgs (id, slug, name, level) OVERRIDING SYSTEM VALUE VALUES (1, 'tinh', 'UBND tỉnh Quảng Ninh', 'tinh')`,
		`INSERT INTO orgs (id, slug, name, level, parent_id) OVERRIDING SYSTEM VALUE VALUES (2, 'xa', 'UBND xã A-B', 'xa', 1)`,
		`INSERT INTO units (org_id, id, code, name, kind, linked_org_id) OVERRIDING SYSTEM VALUE VALUES (1, 3, 'x_abc', 'UBND xã A-B-C', 'xa', 2)`,
		`INSERT INTO units (org_id, id, code, name, kind, retired_at, successor_id) OVERRIDING SYSTEM VALUE VALUES (1, 2, 'x_ab', 'UBND xã A-B', 'xa', now(), 3)`,
		`INSERT INTO units (org_id, id, code, name, kind, retired_at, successor_id) OVERRIDING SYSTEM VALUE VALUES (1, 1, 'x_a', 'UBND xã A', 'xa', now(), 2)`,
		`INSERT INTO members (org_id, id, tg_user_id, chat_id, full_name, role, joined_at) OVERRIDING SYSTEM VALUE VALUES (1, 1, 1, 1, 'Chủ tịch tỉnh', 'leader', now())`,
		`INSERT INTO tasks (org_id, id, text, assigned_by, created_at) VALUES (1, 1, 'Rà soát hộ nghèo', 1, now())`,
		`INSERT INTO task_units (org_id, task_id, unit_id, role) VALUES (1, 1, 3, 'lead')`,
		`INSERT INTO task_delegations (org_id, task_id, unit_id, child_org_id, created_at) VALUES (1, 1, 1, 2, now())`,
	} {
		db.MustExec(q)
	}
	if _, err := p.Up(ctx); err != nil {
		t.Fatal(err)
	}
	var unit int64
	if err := db.Get(&unit, `SELECT unit_id FROM task_delegations WHERE org_id = 1 AND task_id = 1`); err != nil || unit != 3 {
		t.Fatalf("the delegation is on unit %d (%v), want the last successor 3", unit, err)
	}
	// a "done" of the commune naming the old unit reaches the new part
	db.MustExec(`INSERT INTO cascade_steps (org_id, kind, dest_org_id, payload, at, due_at)
		VALUES (2, 'done', 1, '{"parent_task_id": 1, "unit_id": 1, "received_id": 1}', $1, $1)`, now)
	st := tasks.NewStore(db)
	if _, err := st.ApplyCascadeSteps(ctx, now.Add(time.Minute)); err != nil {
		t.Fatal(err)
	}
	var state string
	if err := db.Get(&state, `SELECT state FROM task_units WHERE org_id = 1 AND task_id = 1 AND unit_id = 3`); err != nil || state != "reported" {
		t.Errorf("the new unit's part is %q (%v), want reported", state, err)
	}
	if _, err := p.DownTo(ctx, 63); err != nil {
		t.Fatalf("migration 64 does not go down: %v", err)
	}
	if _, err := p.Up(ctx); err != nil {
		t.Fatal(err)
	}
}
