package tasks_test

import (
	"context"
	"testing"
	"time"

	"github.com/jmoiron/sqlx"

	"github.com/dondoc/dondoc/internal/pgtest"
	"github.com/dondoc/dondoc/tasks"
)

// Binding a commune and adopting it through its first member at the same
// time lock the family in one order (the province first), so neither
// ends in a deadlock: both wait behind a transaction holding the province,
// the adoption first, and both succeed when it ends.
func TestConcurrentBindsOfACommuneDoNotDeadlock(t *testing.T) {
	ctx := context.Background()
	db := pgtest.New(t)
	st := tasks.NewStore(db)
	province, commune := provinceAndCommune(ctx, t, st)
	hold := db.MustBeginTx(ctx, nil)
	defer hold.Rollback()
	hold.MustExec(`SELECT id FROM orgs WHERE id = $1 FOR UPDATE`, province.ID)

	adopted := make(chan error, 1)
	go func() { _, err := st.BindOrgIfUnbound(ctx, commune.ID, 11); adopted <- err }()
	waitLockWaiters(t, db, 1)
	bound := make(chan error, 1)
	go func() { _, err := st.BindOrgBot(ctx, commune.ID, 11); bound <- err }()
	waitLockWaiters(t, db, 2)
	if err := hold.Commit(); err != nil {
		t.Fatal(err)
	}
	if err := <-adopted; err != nil {
		t.Errorf("adopting the commune: %v", err)
	}
	if err := <-bound; err != nil {
		t.Errorf("binding the commune: %v", err)
	}
	for _, id := range []int64{province.ID, commune.ID} {
		o, err := st.Org(ctx, id)
		if err != nil {
			t.Fatal(err)
		}
		if o.BotID == nil || *o.BotID != 11 {
			t.Errorf("%s is served by %v, want bot 11", o.Name, o.BotID)
		}
	}
}

// waitLockWaiters waits until n sessions of the test database wait for a
// lock.
func waitLockWaiters(t *testing.T, db *sqlx.DB, n int) {
	t.Helper()
	deadline := time.Now().Add(20 * time.Second)
	for time.Now().Before(deadline) {
		var waiting int
		if err := db.Get(&waiting, `SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'`); err != nil {
			t.Fatal(err)
		}
		if waiting >= n {
			return
		}
		time.Sleep(5 * time.Millisecond)
	}
	t.Fatalf("fewer than %d sessions wait for a lock after 20s", n)
}
