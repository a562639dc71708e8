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

// TestCascadeMadeBeforeStepsKeepsWorking: a task a province gave a commune
// before migration 45, whose received task the province's transaction
// wrote itself, is kept in step by cascade steps afterwards: the
// province's cancellation reaches the commune.
func TestCascadeMadeBeforeStepsKeepsWorking(t *testing.T) {
	ctx := context.Background()
	db := pgtest.New(t)
	p, err := goose.NewProvider(goose.DialectPostgres, db.DB, os.DirFS("."))
	if err != nil {
		t.Fatal(err)
	}
	if _, err := p.DownTo(ctx, 40); err != nil {
		t.Fatal(err)
	}
	for _, q := range []string{
		`INSERT INTO orgs (id, slug, name, level) OVERRIDING SYSTEM VALUE VALUES (1, 'tinh', 'UBND tỉnh Quảng Ninh', 'tinh')`,
		`INSERT INTO orgs (id, slug, name, level, parent_id) OVERRIDING SYSTEM VALUE VALUES (2, 'xa', 'UBND xã Đầm Hà', 'xa', 1)`,
		`INSERT INTO units (org_id, id, code, name, kind, linked_org_id) OVERRIDING SYSTEM VALUE VALUES (1, 1, 'x', 'UBND xã Đầm Hà', 'xa', 2)`,
		`INSERT INTO members (org_id, id, tg_user_id, chat_id, full_name, role, joined_at) OVERRIDING SYSTEM VALUE VALUES (1, 1, 1, 1, 'Chủ tịch tỉnh', 'leader', now())`,
		`INSERT INTO members (org_id, id, tg_user_id, chat_id, full_name, role, joined_at) OVERRIDING SYSTEM VALUE VALUES (2, 2, 2, 2, 'Chủ tịch xã', 'leader', now())`,
		`INSERT INTO tasks (org_id, id, text, assigned_by, created_at) VALUES (1, 1, 'Rà soát hộ nghèo', 1, now())`,
		`INSERT INTO task_units (org_id, task_id, unit_id, role) VALUES (1, 1, 1, 'lead')`,
		`INSERT INTO received_tasks (org_id, id, parent_org_id, parent_task_id, parent_unit_id, parent_org_name, text, received_at)
			OVERRIDING SYSTEM VALUE VALUES (2, 5, 1, 1, 1, 'UBND tỉnh Quảng Ninh', 'Rà soát hộ nghèo', now())`,
		`INSERT INTO task_delegations (org_id, task_id, unit_id, child_org_id, received_id, created_at) VALUES (1, 1, 1, 2, 5, now())`,
	} {
		db.MustExec(q)
	}
	if _, err := p.Up(ctx); err != nil {
		t.Fatal(err)
	}
	st := tasks.NewStore(db)
	chairman, err := st.Member(ctx, 1, 1)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := st.Cancel(ctx, chairman, 1, "Không còn cần thiết", time.Now()); err != nil {
		t.Fatal(err)
	}
	for {
		n, err := st.ApplyCascadeSteps(ctx, time.Now().Add(time.Minute))
		if err != nil {
			t.Fatal(err)
		}
		if n == 0 {
			break
		}
	}
	r, err := st.Received(ctx, 2, 5)
	if err != nil || r.State != tasks.ReceivedCancelled {
		t.Errorf("the received task made before is %q, %v; want cancelled", r.State, err)
	}
	var rows int
	if err := db.Get(&rows, `SELECT count(*) FROM received_tasks WHERE org_id = 2`); err != nil || rows != 1 {
		t.Errorf("the commune has %d received tasks, want the one made before", rows)
	}
	if _, err := p.DownTo(ctx, 40); err != nil {
		t.Fatalf("migrations 45–46 do not go down: %v", err)
	}
	if _, err := p.Up(ctx); err != nil {
		t.Fatal(err)
	}
}

// TestCascadeStepsDownKeepsDelegations: a task given down since migration
// 45 (its delegation has no received_id) is still recorded as given down
// after rolling back below 45, pointing at the commune's received task.
func TestCascadeStepsDownKeepsDelegations(t *testing.T) {
	ctx := context.Background()
	db := pgtest.New(t)
	p, err := goose.NewProvider(goose.DialectPostgres, db.DB, os.DirFS("."))
	if err != nil {
		t.Fatal(err)
	}
	for _, q := range []string{
		`INSERT INTO orgs (id, slug, name, level) OVERRIDING SYSTEM VALUE VALUES (1, 'tinh', 'UBND tỉnh Quảng Ninh', 'tinh')`,
		`INSERT INTO orgs (id, slug, name, level, parent_id) OVERRIDING SYSTEM VALUE VALUES (2, 'xa', 'UBND xã Đầm Hà', 'xa', 1)`,
		`INSERT INTO units (org_id, id, code, name, kind, linked_org_id) OVERRIDING SYSTEM VALUE VALUES (1, 1, 'x', 'UBND xã Đầm Hà', 'xa', 2)`,
		`INSERT INTO members (org_id, id, tg_user_id, chat_id, full_name, role, joined_at) OVERRIDING SYSTEM VALUE VALUES (1, 1, 1, 1, 'Chủ tịch tỉnh', 'leader', now())`,
		`INSERT INTO members (org_id, id, tg_user_id, chat_id, full_name, role, joined_at) OVERRIDING SYSTEM VALUE VALUES (2, 2, 2, 2, 'Chủ tịch xã', 'leader', now())`,
	} {
		db.MustExec(q)
	}
	st := tasks.NewStore(db)
	chairman, err := st.Member(ctx, 1, 1)
	if err != nil {
		t.Fatal(err)
	}
	task, _, err := st.CreateTask(ctx, chairman, tasks.NewTask{Text: "Rà soát hộ nghèo", Leads: []int64{1}}, time.Now())
	if err != nil {
		t.Fatal(err)
	}
	for {
		n, err := st.ApplyCascadeSteps(ctx, time.Now().Add(time.Minute))
		if err != nil {
			t.Fatal(err)
		}
		if n == 0 {
			break
		}
	}
	var received int64
	if err := db.Get(&received, `SELECT id FROM received_tasks WHERE org_id = 2 AND parent_org_id = 1 AND parent_task_id = $1`, task.ID); err != nil {
		t.Fatalf("the commune did not receive the task: %v", err)
	}
	var missing int
	if err := db.Get(&missing, `SELECT count(*) FROM task_delegations WHERE received_id IS NULL`); err != nil || missing != 1 {
		t.Fatalf("%d delegations without received_id (%v), want the new one", missing, err)
	}
	if _, err := p.DownTo(ctx, 44); err != nil {
		t.Fatalf("down to 44: %v", err)
	}
	var got []int64
	if err := db.Select(&got, `SELECT received_id FROM task_delegations WHERE org_id = 1 AND task_id = $1 AND child_org_id = 2`, task.ID); err != nil {
		t.Fatal(err)
	}
	if len(got) != 1 || got[0] != received {
		t.Errorf("after rolling back, the delegation points at %v, want [%d]", got, received)
	}
	if _, err := p.Up(ctx); err != nil {
		t.Fatal(err)
	}
}
