package tasks_test

import (
	"context"
	"strconv"
	"testing"
	"time"

	"github.com/jmoiron/sqlx"

	"github.com/dondoc/dondoc/internal/pgtest"
	"github.com/dondoc/dondoc/outbox"
	"github.com/dondoc/dondoc/tasks"
)

// A message queued in a commune while its province moves to another bot
// follows the family to the new bot, whichever transaction commits first:
// a row left under the old bot would wait for a sender that may no longer
// run.
func TestQueuedDuringAMoveFollowsTheNewBot(t *testing.T) {
	for _, tc := range []struct {
		name string
		// enqueueFirst: the message's transaction has written its row when
		// the move starts; else the move holds the organisations when the
		// message is queued.
		enqueueFirst bool
	}{
		{"message first", true},
		{"move first", false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			ctx := context.Background()
			db := pgtest.New(t)
			st := tasks.NewStore(db)
			province, commune := provinceAndCommune(ctx, t, st)
			if _, err := st.BindOrgBot(ctx, province.ID, 11); err != nil {
				t.Fatal(err)
			}
			msg := outbox.Message{OrgID: commune.ID, IdemKey: "n", ChatID: 1, Kind: "x"}
			if tc.enqueueFirst {
				tx := db.MustBeginTx(ctx, nil)
				defer tx.Rollback()
				if _, err := outbox.Enqueue(ctx, tx, time.Now(), msg); err != nil {
					t.Fatal(err)
				}
				moved := make(chan error, 1)
				go func() { _, err := st.BindOrgBot(ctx, province.ID, 22); moved <- err }()
				waitBlockedOr(t, db, moved)
				if err := tx.Commit(); err != nil {
					t.Fatal(err)
				}
				if err := <-moved; err != nil {
					t.Fatal(err)
				}
			} else {
				tx := db.MustBeginTx(ctx, nil)
				defer tx.Rollback()
				// What BindOrgBot does first: hold the family, then rebind it.
				tx.MustExec(`SELECT id FROM orgs WHERE id = ANY(ARRAY[$1, $2]::bigint[]) ORDER BY id FOR UPDATE`, province.ID, commune.ID)
				tx.MustExec(`UPDATE orgs SET bot_id = 22 WHERE id = ANY(ARRAY[$1, $2]::bigint[])`, province.ID, commune.ID)
				queued := make(chan error, 1)
				go func() { _, err := outbox.Enqueue(ctx, db, time.Now(), msg); queued <- err }()
				waitBlockedOr(t, db, queued)
				if err := tx.Commit(); err != nil {
					t.Fatal(err)
				}
				if err := <-queued; err != nil {
					t.Fatal(err)
				}
			}
			var bot *int64
			if err := db.Get(&bot, `SELECT bot_id FROM outbox WHERE idem_key = 'n'`); err != nil {
				t.Fatal(err)
			}
			if bot == nil || *bot != 22 {
				got := "none"
				if bot != nil {
					got = strconv.FormatInt(*bot, 10)
				}
				t.Errorf("the message queued during the move is under bot %s, want 22", got)
			}
		})
	}
}

// waitBlockedOr waits until a statement of the test's database waits on a
// lock, or done has an answer (which it puts back).
func waitBlockedOr(t *testing.T, db *sqlx.DB, done chan error) {
	t.Helper()
	deadline := time.Now().Add(20 * time.Second)
	for time.Now().Before(deadline) {
		select {
		case err := <-done:
			done <- err
			return
		default:
		}
		var n int
		if err := db.Get(&n, `SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'`); err != nil {
			t.Fatal(err)
		}
		if n > 0 {
			return
		}
		time.Sleep(5 * time.Millisecond)
	}
	t.Fatal("neither blocked nor done")
}
