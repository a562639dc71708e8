package holidays

import (
	"testing"
	"time"
)

// BenchmarkAddWorkdays counts 20 working days across Tết, as "trong 20
// ngày làm việc" does.
func BenchmarkAddWorkdays(b *testing.B) {
	cal := Vietnam().WithOverrides(Override{Date: Date{2026, time.March, 16}})
	from := time.Date(2026, 2, 3, 17, 0, 0, 0, time.UTC)
	for b.Loop() {
		if got := cal.AddWorkdays(from, 20); got.Before(from) {
			b.Fatal(got)
		}
	}
}
