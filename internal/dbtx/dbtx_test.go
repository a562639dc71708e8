package dbtx_test

import (
	"context"
	"errors"
	"os"
	"testing"

	"github.com/jmoiron/sqlx"

	"github.com/dondoc/dondoc/internal/dbtx"
	"github.com/dondoc/dondoc/internal/pgtest"
)

func TestMain(m *testing.M) { os.Exit(pgtest.Main(m)) }

// TestInTxReleasesLocks locks a row inside InTx, ends the function in each
// way it can end, and checks from another transaction that the row lock is
// gone and that only a committed change stays.
func TestInTxReleasesLocks(t *testing.T) {
	errBoom := errors.New("boom")
	cases := []struct {
		name      string
		end       func() error
		wantErr   error
		wantPanic bool
		wantValue int
	}{
		{name: "commit", end: func() error { return nil }, wantValue: 2},
		{name: "error", end: func() error { return errBoom }, wantErr: errBoom, wantValue: 1},
		{name: "panic", end: func() error { panic("boom") }, wantPanic: true, wantValue: 1},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			ctx := context.Background()
			db := pgtest.New(t)
			if _, err := db.Exec(`CREATE TABLE probe (id int PRIMARY KEY, v int NOT NULL); INSERT INTO probe VALUES (1, 1)`); err != nil {
				t.Fatal(err)
			}
			var err error
			panicked := func() (p bool) {
				defer func() { p = recover() != nil }()
				err = dbtx.InTx(ctx, db, func(tx *sqlx.Tx) error {
					if _, err := tx.ExecContext(ctx, `UPDATE probe SET v = 2 WHERE id = 1`); err != nil {
						return err
					}
					return tc.end()
				})
				return false
			}()
			if panicked != tc.wantPanic {
				t.Fatalf("panicked = %v, want %v", panicked, tc.wantPanic)
			}
			if !errors.Is(err, tc.wantErr) {
				t.Fatalf("err = %v, want %v", err, tc.wantErr)
			}
			// Another transaction must get the row lock at once.
			var v int
			err = dbtx.InTx(ctx, db, func(tx *sqlx.Tx) error {
				if _, err := tx.ExecContext(ctx, `SET LOCAL lock_timeout = '2s'`); err != nil {
					return err
				}
				return tx.GetContext(ctx, &v, `SELECT v FROM probe WHERE id = 1 FOR UPDATE NOWAIT`)
			})
			if err != nil {
				t.Fatalf("row still locked after the first transaction ended: %v", err)
			}
			if v != tc.wantValue {
				t.Fatalf("v = %d, want %d", v, tc.wantValue)
			}
			var open int
			if err := db.Get(&open, `SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() AND state LIKE 'idle in transaction%'`); err != nil {
				t.Fatal(err)
			}
			if open != 0 {
				t.Fatalf("%d transactions left open", open)
			}
		})
	}
}
