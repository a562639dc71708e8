package reminders

import "testing"

// BenchmarkPlan plans a timed task's reminders across Tết, with the
// national calendar, as TaskChanged does for every change.
func BenchmarkPlan(b *testing.B) {
	p := DefaultPolicy().WithDefaults()
	dl, now := at("2026-02-12 17:00"), at("2026-02-02 09:00")
	for b.Loop() {
		if len(Plan(p, dl, true, hcm, now)) == 0 {
			b.Fatal("no reminders")
		}
	}
}
