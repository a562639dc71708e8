package web_test

import (
	"context"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"testing"
	"time"

	"github.com/dondoc/dondoc/internal/pgtest"
	"github.com/dondoc/dondoc/tasks"
	"github.com/dondoc/dondoc/web"
)

// BenchmarkOverview serves GET /api/overview (initData checked, member
// loaded, weekly statistics computed, JSON written) for a leader of an
// organisation with 100,000 tasks over 500 units, seeded as weekly's
// BenchmarkMondayStats seeds them: given over the year before 18/01/2021,
// three in five reported, one in thirty cancelled, two in five with one or
// two coordinating units. Goal: under 300 ms of server time.
func BenchmarkOverview(b *testing.B) {
	ctx := context.Background()
	db := pgtest.New(b)
	st := tasks.NewStore(db)
	now := time.Date(2021, 1, 18, 10, 0, 0, 0, hcm)
	org, err := st.CreateOrg(ctx, "UBND huyện Đầm Hà", "Asia/Ho_Chi_Minh", now.AddDate(-1, 0, 0))
	if err != nil {
		b.Fatal(err)
	}
	var units []tasks.Unit
	for i := range 500 {
		units = append(units, tasks.Unit{Code: fmt.Sprintf("u%03d", i), Name: fmt.Sprintf("Đơn vị số %d", i), Kind: tasks.KindXa})
	}
	if _, _, err := st.ImportUnits(ctx, org.ID, units); err != nil {
		b.Fatal(err)
	}
	inv, err := st.CreateInvite(ctx, org.ID, tasks.NewInvite{Role: tasks.RoleLeader}, now.AddDate(-1, 0, 0))
	if err != nil {
		b.Fatal(err)
	}
	leader, err := st.Join(ctx, inv.Code, tasks.TelegramUser{ID: 101, ChatID: 101, FullName: "Lãnh đạo"}, now.AddDate(-1, 0, 0))
	if err != nil {
		b.Fatal(err)
	}
	stmts := []string{
		`INSERT INTO tasks (org_id, id, text, deadline, state, assigned_by, created_at, reported_at, cancelled_at)
		SELECT $1, g, 'Nhiệm vụ số ' || g,
			c + make_interval(days => (hashint4(g) & 63)),
			CASE WHEN g % 30 = 0 THEN 'cancelled' WHEN g % 5 < 3 THEN 'reported' ELSE 'in_progress' END,
			$2, c,
			CASE WHEN g % 30 <> 0 AND g % 5 < 3 THEN c + make_interval(days => (hashint4(g * 7) & 63), hours => g % 24) END,
			CASE WHEN g % 30 = 0 THEN c + interval '2 days' END
		FROM (SELECT g, timestamptz '2020-01-15 08:00+07' + make_interval(secs => (hashint4(g * 13) & 2147483647) % 31536000) AS c
			FROM generate_series(1, $3) g) s`,
		`INSERT INTO task_units (org_id, task_id, unit_id, role, state, reported_at)
		SELECT t.org_id, t.id, u.id, 'lead', CASE WHEN t.reported_at IS NULL THEN 'assigned' ELSE 'reported' END, t.reported_at
		FROM tasks t JOIN (SELECT id, row_number() OVER (ORDER BY id) - 1 AS n FROM units WHERE org_id = $1) u ON u.n = t.id % 500
		WHERE t.org_id = $1`,
		`INSERT INTO task_units (org_id, task_id, unit_id, role, state, reported_at)
		SELECT t.org_id, t.id, u.id, 'coord', CASE WHEN t.id % 3 = 0 THEN 'reported' ELSE 'assigned' END,
			CASE WHEN t.id % 3 = 0 THEN t.created_at + interval '3 days' END
		FROM tasks t JOIN (SELECT id, row_number() OVER (ORDER BY id) - 1 AS n FROM units WHERE org_id = $1) u
			ON u.n = (t.id * 7 + 3) % 500 OR (t.id % 2 = 0 AND u.n = (t.id * 11 + 5) % 500)
		WHERE t.org_id = $1 AND t.id % 5 < 2 AND u.n <> t.id % 500
		ON CONFLICT DO NOTHING`,
		`VACUUM ANALYZE tasks`, `VACUUM ANALYZE task_units`,
	}
	args := [][]any{{org.ID, leader.ID, 100_000}, {org.ID}, {org.ID}, nil, nil}
	for i, s := range stmts {
		if _, err := db.Exec(s, args[i]...); err != nil {
			b.Fatalf("seed %d: %v", i, err)
		}
	}
	s, err := web.New(st, web.Config{Token: token}, nil, func() time.Time { return now }, slog.New(slog.NewTextHandler(io.Discard, nil)))
	if err != nil {
		b.Fatal(err)
	}
	h := s.Handler()
	auth := "tma " + web.SignInitData(token, 101, "Lãnh đạo", now)
	for _, period := range []string{"week", "year"} {
		b.Run(period, func(b *testing.B) {
			for b.Loop() {
				req := httptest.NewRequest("GET", "/api/overview?week=2021-W02&period="+period, nil)
				req.Header.Set("Authorization", auth)
				rec := httptest.NewRecorder()
				h.ServeHTTP(rec, req)
				if rec.Code != http.StatusOK {
					b.Fatalf("%d %s", rec.Code, rec.Body)
				}
			}
		})
	}
}
