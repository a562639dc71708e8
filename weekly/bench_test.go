package weekly_test

import (
	"context"
	"fmt"
	"testing"

	"github.com/dondoc/dondoc/tasks"
	"github.com/dondoc/dondoc/weekly"
)

// BenchmarkMondayStats computes the Monday statistics of one organisation
// with 100,000 tasks spread over 500 units (160,000 unit parts: a lead
// each, one coordinating unit for two tasks in five and a second one for
// half of those), given over the year before the report. Goal: under
// 500 ms.
func BenchmarkMondayStats(b *testing.B) {
	f := newFixture(b)
	ctx := context.Background()
	var units []tasks.Unit
	for i := 0; i < 497; i++ {
		units = append(units, tasks.Unit{Code: fmt.Sprintf("u%03d", i), Name: fmt.Sprintf("Đơn vị số %d", i), Kind: tasks.KindXa})
	}
	if _, _, err := f.store.ImportUnits(ctx, f.org.ID, units); err != nil {
		b.Fatal(err)
	}
	if parts := seedMany(b, f, 100_000); parts != 160_000 {
		b.Fatalf("seeded %d unit parts, the comment says 160,000", parts)
	}
	w, _ := weekly.ParseWeek("2021-W02")
	asOf := at(2021, 1, 18, 10, 0)
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		s, err := weekly.ComputeStats(ctx, f.db, f.org.ID, w, asOf, hcm)
		if err != nil {
			b.Fatal(err)
		}
		if len(s.Units) != 500 || s.Total.Year.Total() == 0 {
			b.Fatalf("%d units, %d tasks in the year", len(s.Units), s.Total.Year.Total())
		}
	}
}

// seedMany writes n pseudo-random tasks in SQL: given during the year
// before 18/01/2021, due up to 60 days later, three in five reported (early
// or late), one in thirty cancelled, each with a lead unit and, for two in
// five, one or two coordinating units. It returns the number of unit parts.
func seedMany(b *testing.B, f *fixture, n int) int {
	b.Helper()
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
	args := [][]any{{f.org.ID, f.leader.ID, n}, {f.org.ID}, {f.org.ID}, nil, nil}
	for i, s := range stmts {
		if _, err := f.db.Exec(s, args[i]...); err != nil {
			b.Fatalf("seed %d: %v", i, err)
		}
	}
	var parts int
	if err := f.db.Get(&parts, `SELECT count(*) FROM task_units WHERE org_id = $1`, f.org.ID); err != nil {
		b.Fatal(err)
	}
	b.Logf("seeded %d tasks, %d unit parts", n, parts)
	return parts
}
