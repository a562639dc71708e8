package main

import (
	"context"
	"strings"
	"testing"
	"time"

	"github.com/jmoiron/sqlx"

	"github.com/dondoc/dondoc/bot"
	"github.com/dondoc/dondoc/internal/pgtest"
)

// TestOrgBotCountsTheCommunesMoved: `dondoc org bot` says how many
// organisations under the province moved with it, not counting the
// province itself.
func TestOrgBotCountsTheCommunesMoved(t *testing.T) {
	url := pgtest.URL(t)
	t.Setenv("DATABASE_URL", url)
	t.Setenv("TELEGRAM_TOKEN", "")
	t.Setenv("TELEGRAM_TOKENS", "")
	db := sqlx.MustConnect("postgres", url)
	defer db.Close()
	for id, name := range map[int64]string{7001: "dondoc_qn_bot", 7002: "dondoc_ls_bot"} {
		if err := bot.RegisterBot(context.Background(), db, id, name, time.Now()); err != nil {
			t.Fatal(err)
		}
	}
	for _, args := range [][]string{
		{"org", "create", "UBND tỉnh Quảng Ninh", "--level", "tinh", "--bot", "7001"},
		{"org", "create", "UBND phường Hạ Long", "--level", "xa", "--parent", "ubnd-tinh-quang-ninh"},
		{"org", "create", "UBND tỉnh Lạng Sơn", "--level", "tinh", "--bot", "7001"},
	} {
		if out, err := runCLI(t, args...); err != nil {
			t.Fatalf("%v: %v\n%s", args, err, out)
		}
	}
	for _, tc := range []struct{ org, want, not string }{
		{"ubnd-tinh-quang-ninh", "“UBND tỉnh Quảng Ninh” cùng 1 cơ quan cấp dưới làm việc qua bot @dondoc_ls_bot", ""},
		{"ubnd-tinh-lang-son", "“UBND tỉnh Lạng Sơn” làm việc qua bot @dondoc_ls_bot", "cấp dưới"},
	} {
		out, err := runCLI(t, "org", "bot", "--org", tc.org, "--bot", "@dondoc_ls_bot")
		if err != nil {
			t.Fatalf("org bot %s: %v", tc.org, err)
		}
		if !strings.Contains(out, tc.want) || (tc.not != "" && strings.Contains(out, tc.not)) {
			t.Errorf("org bot %s: %q, want %q", tc.org, out, tc.want)
		}
	}
}
