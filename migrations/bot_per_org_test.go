package migrations_test

import (
	"context"
	"database/sql"
	"os"
	"testing"

	"github.com/pressly/goose/v3"

	"github.com/dondoc/dondoc/internal/pgtest"
)

// Migration 41 gives every organisation, and every row not yet sent, to
// the one bot an existing database knows (by its webhook secret or the
// updates it recorded); with two bots known, or none, it binds nothing
// and the first start decides.
func TestBotPerOrgMigrationBindsTheOnlyBot(t *testing.T) {
	cases := []struct {
		name    string
		bots    []int64 // telegram_bots rows
		updates []int64 // bot ids in telegram_updates
		want    *int64
	}{
		{name: "webhook bot", bots: []int64{777}, want: ptr(777)},
		{name: "polling bot", updates: []int64{777, 777}, want: ptr(777)},
		{name: "both, same bot", bots: []int64{777}, updates: []int64{777}, want: ptr(777)},
		{name: "two bots", bots: []int64{777}, updates: []int64{888}},
		{name: "no bot yet"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			ctx := context.Background()
			db := pgtest.New(t)
			p, err := goose.NewProvider(goose.DialectPostgres, db.DB, os.DirFS("."))
			if err != nil {
				t.Fatal(err)
			}
			if _, err := p.DownTo(ctx, 40); err != nil {
				t.Fatal(err)
			}
			db.MustExec(`INSERT INTO orgs (id, slug, name) OVERRIDING SYSTEM VALUE VALUES (1, 'a', 'A'), (2, 'b', 'B')`)
			db.MustExec(`INSERT INTO outbox (org_id, idem_key, chat_id, kind, status, next_attempt_at, created_at) VALUES
				(1, 'p', 1, 'x', 'pending', now(), now()), (2, 's', 1, 'x', 'sent', now(), now())`)
			for _, b := range tc.bots {
				db.MustExec(`INSERT INTO telegram_bots (bot_id, webhook_secret) VALUES ($1, 'x')`, b)
			}
			for i, b := range tc.updates {
				db.MustExec(`INSERT INTO telegram_updates (bot_id, update_id, handled_at) VALUES ($1, $2, now())`, b, i+1)
			}
			if _, err := p.UpTo(ctx, 41); err != nil {
				t.Fatal(err)
			}
			var orgBots []sql.NullInt64
			if err := db.Select(&orgBots, `SELECT bot_id FROM orgs ORDER BY id`); err != nil {
				t.Fatal(err)
			}
			for i, b := range orgBots {
				var got *int64
				if b.Valid {
					got = &b.Int64
				}
				if !sameBot(got, tc.want) {
					t.Errorf("organisation %d has bot %v, want %v", i+1, show(got), show(tc.want))
				}
			}
			var pending, sent *int64
			if err := db.Get(&pending, `SELECT bot_id FROM outbox WHERE idem_key = 'p'`); err != nil {
				t.Fatal(err)
			}
			if err := db.Get(&sent, `SELECT bot_id FROM outbox WHERE idem_key = 's'`); err != nil {
				t.Fatal(err)
			}
			if !sameBot(pending, tc.want) {
				t.Errorf("the pending row has bot %v, want %v", show(pending), show(tc.want))
			}
			if sent != nil {
				t.Errorf("a row already sent was given bot %d", *sent)
			}
		})
	}
}

func ptr(v int64) *int64 { return &v }

func sameBot(a, b *int64) bool { return a == nil && b == nil || a != nil && b != nil && *a == *b }

func show(p *int64) any {
	if p == nil {
		return "none"
	}
	return *p
}
