package weekly_test

import (
	"context"
	"fmt"
	"testing"

	"github.com/dondoc/dondoc/internal/pgtest"
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

// seedMany writes n pseudo-random tasks of the fixture's 500 units
// (pgtest.SeedTasks) and returns the number of unit parts.
func seedMany(b *testing.B, f *fixture, n int) int {
	b.Helper()
	parts, err := pgtest.SeedTasks(f.db, f.org.ID, f.leader.ID, n)
	if err != nil {
		b.Fatal(err)
	}
	b.Logf("seeded %d tasks, %d unit parts", n, parts)
	return parts
}
