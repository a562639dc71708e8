package migrations_test

import (
	"context"
	"os"
	"strings"
	"testing"

	"github.com/pressly/goose/v3"

	"github.com/dondoc/dondoc/internal/pgtest"
)

// TestReceivedNumbersKeepTheirNumbers: after migration 63 the received
// tasks made before keep the numbers their leaders saw, and each
// organisation goes on from its own highest.
func TestReceivedNumbersKeepTheirNumbers(t *testing.T) {
	ctx := context.Background()
	db := pgtest.New(t)
	p, err := goose.NewProvider(goose.DialectPostgres, db.DB, os.DirFS("."))
	if err != nil {
		t.Fatal(err)
	}
	if _, err := p.DownTo(ctx, 62); err != nil {
		t.Fatal(err)
	}
	for _, q := range []string{
		`INSERT INTO orgs (id, slug, name, level) OVERRIDING SYSTEM VALUE VALUES (1, 'tinh', 'UBND tỉnh Quảng Ninh', 'tinh')`,
		`INSERT INTO orgs (id, slug, name, level, parent_id) OVERRIDING SYSTEM VALUE VALUES (2, 'xa-a', 'UBND xã A', 'xa', 1)`,
		`INSERT INTO orgs (id, slug, name, level, parent_id) OVERRIDING SYSTEM VALUE VALUES (3, 'xa-b', 'UBND xã B', 'xa', 1)`,
		`INSERT INTO orgs (id, slug, name, level, parent_id) OVERRIDING SYSTEM VALUE VALUES (4, 'xa-c', 'UBND xã C', 'xa', 1)`,
		`INSERT INTO received_tasks (org_id, parent_org_id, parent_task_id, parent_unit_id, parent_org_name, text, received_at)
			VALUES (2, 1, 1, 1, 'UBND tỉnh Quảng Ninh', 'Việc 1', now()), (3, 1, 1, 2, 'UBND tỉnh Quảng Ninh', 'Việc 1', now()),
				(2, 1, 2, 1, 'UBND tỉnh Quảng Ninh', 'Việc 2', now())`,
	} {
		db.MustExec(q)
	}
	if _, err := p.Up(ctx); err != nil {
		t.Fatal(err)
	}
	var ids []string
	if err := db.Select(&ids, `SELECT org_id || ':' || id FROM received_tasks ORDER BY org_id, id`); err != nil {
		t.Fatal(err)
	}
	if got := strings.Join(ids, " "); got != "2:1 2:3 3:2" {
		t.Errorf("received tasks after the migration: %s, want their numbers kept (2:1 2:3 3:2)", got)
	}
	var next []string
	if err := db.Select(&next, `SELECT id || ':' || next_received_no FROM orgs ORDER BY id`); err != nil {
		t.Fatal(err)
	}
	if got := strings.Join(next, " "); got != "1:1 2:4 3:3 4:1" {
		t.Errorf("next numbers: %s, want 1:1 2:4 3:3 4:1", got)
	}
	if _, err := p.DownTo(ctx, 62); err != nil {
		t.Fatalf("migration 63 does not go down: %v", err)
	}
	db.MustExec(`INSERT INTO received_tasks (org_id, parent_org_id, parent_task_id, parent_unit_id, parent_org_name, text, received_at)
		VALUES (4, 1, 3, 3, 'UBND tỉnh Quảng Ninh', 'Việc 3', now())`)
	if _, err := p.Up(ctx); err != nil {
		t.Fatal(err)
	}
}
