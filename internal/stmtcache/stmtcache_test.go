package stmtcache_test

import (
	"context"
	"os"
	"sync"
	"testing"

	"github.com/dondoc/dondoc/internal/pgtest"
	"github.com/dondoc/dondoc/internal/stmtcache"
)

func TestMain(m *testing.M) { os.Exit(pgtest.Main(m)) }

func TestCache(t *testing.T) {
	db := pgtest.New(t)
	ctx := context.Background()
	c := stmtcache.New(db)
	defer c.Close()

	a, err := c.Stmt(ctx, `SELECT $1::int + 1`)
	if err != nil {
		t.Fatal(err)
	}
	b, err := c.Stmt(ctx, `SELECT $1::int + 1`)
	if err != nil || a != b {
		t.Fatalf("the same text gave another statement (%p, %p, %v)", a, b, err)
	}

	// Many at once, on several connections: each gets its own answer.
	var wg sync.WaitGroup
	errs := make(chan error, 40)
	for i := range 40 {
		wg.Go(func() {
			var n int
			if err := c.Get(ctx, &n, `SELECT $1::int + 1`, i); err != nil {
				errs <- err
			} else if n != i+1 {
				t.Errorf("%d + 1 = %d", i, n)
			}
		})
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		t.Fatal(err)
	}

	var ns []int
	if err := c.Select(ctx, &ns, `SELECT generate_series(1, $1::int)`, 3); err != nil || len(ns) != 3 {
		t.Fatalf("select = %v, %v", ns, err)
	}

	// A statement that cannot be prepared is not kept: once the table
	// exists, the same text works.
	if err := c.Exec(ctx, `INSERT INTO later (n) VALUES ($1)`, 1); err == nil {
		t.Fatal("insert into a missing table worked")
	}
	if _, err := db.Exec(`CREATE TABLE later (n int)`); err != nil {
		t.Fatal(err)
	}
	if err := c.Exec(ctx, `INSERT INTO later (n) VALUES ($1)`, 1); err != nil {
		t.Fatalf("after the table was made: %v", err)
	}
}

// TestCacheColumnTypeChange: after ALTER … TYPE the server refuses the
// statement prepared before ("cached plan must not change result type");
// the cache prepares it again instead of failing until restart.
func TestCacheColumnTypeChange(t *testing.T) {
	db := pgtest.New(t)
	db.SetMaxOpenConns(1)
	ctx := context.Background()
	c := stmtcache.New(db)
	defer c.Close()

	if _, err := db.Exec(`CREATE TABLE counts (n int); INSERT INTO counts VALUES (7)`); err != nil {
		t.Fatal(err)
	}
	const q = `SELECT * FROM counts WHERE n > $1`
	var ns []int64
	if err := c.Select(ctx, &ns, q, 0); err != nil || len(ns) != 1 {
		t.Fatalf("before: %v, %v", ns, err)
	}
	if _, err := db.Exec(`ALTER TABLE counts ALTER COLUMN n TYPE bigint`); err != nil {
		t.Fatal(err)
	}
	for i := range 3 {
		var n int64
		if err := c.Get(ctx, &n, q, 0); err != nil || n != 7 {
			t.Fatalf("call %d after ALTER: %d, %v", i, n, err)
		}
	}
	if _, err := db.Exec(`ALTER TABLE counts ALTER COLUMN n TYPE numeric`); err != nil {
		t.Fatal(err)
	}
	if err := c.Exec(ctx, q, 0); err != nil {
		t.Fatalf("exec after second ALTER: %v", err)
	}
}
