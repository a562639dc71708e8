package tasks_test

import (
	"context"
	"testing"

	"github.com/dondoc/dondoc/internal/pgtest"
	"github.com/dondoc/dondoc/tasks"
)

// Writing to one bot again clears the unreachable mark of the person's
// memberships that bot serves only: another bot they blocked stays marked.
func TestMarkReachableIsPerOrganisation(t *testing.T) {
	ctx := context.Background()
	db := pgtest.New(t)
	st := tasks.NewStore(db)
	var orgs [2]int64
	for i, name := range []string{"UBND tỉnh Quảng Ninh", "UBND tỉnh Lạng Sơn"} {
		o, err := st.CreateOrg(ctx, name, "Asia/Ho_Chi_Minh", t0)
		if err != nil {
			t.Fatal(err)
		}
		orgs[i] = o.ID
		db.MustExec(`INSERT INTO members (org_id, tg_user_id, chat_id, full_name, role, joined_at, unreachable_at) VALUES ($1, 77, 77, 'Chặn', 'member', now(), now())`, o.ID)
	}
	if err := st.MarkReachable(ctx, 77, orgs[:1]); err != nil {
		t.Fatal(err)
	}
	var marked []int64
	if err := db.Select(&marked, `SELECT org_id FROM members WHERE tg_user_id = 77 AND unreachable_at IS NOT NULL`); err != nil {
		t.Fatal(err)
	}
	if len(marked) != 1 || marked[0] != orgs[1] {
		t.Errorf("still unreachable in %v, want only %d", marked, orgs[1])
	}
}
