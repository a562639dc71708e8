package reminders_test

import (
	"context"
	"testing"
	"time"

	"github.com/dondoc/dondoc/reminders"
)

// TestReplanMarked: an organisation whose rest days a migration changed
// (00014: Sunday only became Saturday and Sunday) and that it marked gets
// its pending reminders off the new rest day once, at start; reminders
// already due are kept for the scan.
func TestReplanMarked(t *testing.T) {
	f := newFixture(t)
	ctx := context.Background()
	sundayOnly := func(now time.Time) {
		t.Helper()
		if _, err := f.sched.SetPolicy(ctx, f.org.ID, reminders.Policy{RestDays: []time.Weekday{time.Sunday}}, now); err != nil {
			t.Fatal(err)
		}
		// What migration 00014 did, and what 00040 leaves for the start.
		f.db.MustExec(`UPDATE orgs SET settings = jsonb_set(settings, '{reminders,rest_days}', '[0, 6]') WHERE id = $1`, f.org.ID)
		f.db.MustExec(`INSERT INTO org_replans (org_id, reason) VALUES ($1, 'test')`, f.org.ID)
	}
	now := at("2026-03-12 09:00")
	f.task(t, "a", endOf("2026-03-13"), now) // Friday
	sundayOnly(now)
	const saturday = "due 13/03 08:00; over1 14/03 08:00; over2 16/03 08:00; over3 17/03 08:00; over4 18/03 08:00; over5 19/03 08:00"
	if got := f.plannedAt(t); got != saturday {
		t.Fatalf("planned with Sunday only:\n got %s\nwant %s", got, saturday)
	}

	tests := []struct {
		name      string
		now       time.Time
		orgs, n   int
		want      string
		remaining int
	}{
		{"re-planned", now, 1, 1, "due 13/03 08:00; over1 16/03 08:00; over2 17/03 08:00; over3 18/03 08:00; over4 19/03 08:00; over5 20/03 08:00", 0},
		{"once", now, 0, 0, "due 13/03 08:00; over1 16/03 08:00; over2 17/03 08:00; over3 18/03 08:00; over4 19/03 08:00; over5 20/03 08:00", 0},
	}
	for _, tt := range tests {
		orgs, n, err := f.sched.ReplanMarked(ctx, tt.now)
		if err != nil || orgs != tt.orgs || n != tt.n {
			t.Errorf("%s: ReplanMarked = %d orgs, %d tasks, %v; want %d, %d", tt.name, orgs, n, err, tt.orgs, tt.n)
		}
		if got := f.plannedAt(t); got != tt.want {
			t.Errorf("%s:\n got %s\nwant %s", tt.name, got, tt.want)
		}
		var left int
		if err := f.db.Get(&left, `SELECT count(*) FROM org_replans`); err != nil || left != tt.remaining {
			t.Errorf("%s: %d marks left (%v)", tt.name, left, err)
		}
	}

	// Saturday 14/03 09:00, the scan behind: the reminders due on Friday
	// and at 08:00 are kept; the rest move off the weekend.
	sundayOnly(now)
	orgs, n, err := f.sched.ReplanMarked(ctx, at("2026-03-14 09:00"))
	if err != nil || orgs != 1 || n != 1 {
		t.Fatalf("ReplanMarked after the scan fell behind = %d, %d, %v", orgs, n, err)
	}
	const kept = "due 13/03 08:00; over1 14/03 08:00; over2 17/03 08:00; over3 18/03 08:00; over4 19/03 08:00; over5 20/03 08:00"
	if got := f.plannedAt(t); got != kept {
		t.Errorf("with reminders already due:\n got %s\nwant %s", got, kept)
	}
}
