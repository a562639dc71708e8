package migrations_test

import (
	"context"
	"os"
	"slices"
	"testing"

	"github.com/pressly/goose/v3"

	"github.com/dondoc/dondoc/internal/pgtest"
)

// TestEveryOrgIsMarkedForReplanOnce: migration 40 marks every existing
// organisation for a re-plan of its reminders (00014 changed rest days);
// an organisation made afterwards is not marked.
func TestEveryOrgIsMarkedForReplanOnce(t *testing.T) {
	ctx := context.Background()
	db := pgtest.New(t)
	p, err := goose.NewProvider(goose.DialectPostgres, db.DB, os.DirFS("."))
	if err != nil {
		t.Fatal(err)
	}
	if _, err := p.DownTo(ctx, 39); err != nil {
		t.Fatal(err)
	}
	db.MustExec(`INSERT INTO orgs (id, slug, name, timezone, settings) OVERRIDING SYSTEM VALUE VALUES
		(1, 'a', 'A', 'Asia/Ho_Chi_Minh', '{"reminders": {"rest_days": [0, 6]}}'),
		(2, 'b', 'B', 'Asia/Ho_Chi_Minh', '{}')`)
	if _, err := p.UpTo(ctx, 40); err != nil {
		t.Fatal(err)
	}
	db.MustExec(`INSERT INTO orgs (id, slug, name, timezone) OVERRIDING SYSTEM VALUE VALUES (3, 'c', 'C', 'Asia/Ho_Chi_Minh')`)
	var marked []int64
	if err := db.Select(&marked, `SELECT org_id FROM org_replans ORDER BY org_id`); err != nil {
		t.Fatal(err)
	}
	if !slices.Equal(marked, []int64{1, 2}) {
		t.Errorf("marked %v, want the organisations of before the migration, [1 2]", marked)
	}
	db.MustExec(`DELETE FROM orgs WHERE id = 2`)
	if err := db.Select(&marked, `SELECT org_id FROM org_replans ORDER BY org_id`); err != nil || !slices.Equal(marked, []int64{1}) {
		t.Errorf("after deleting an organisation: %v, %v", marked, err)
	}
}
