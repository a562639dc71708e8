package deadline

import (
	"testing"
	"time"
)

func TestExample(t *testing.T) {
	loc := time.FixedZone("ICT", 7*3600)
	ref := time.Date(2030, 12, 20, 9, 0, 0, 0, loc)
	tests := []struct {
		t       time.Time
		hasTime bool
		want    string
	}{
		{time.Date(2031, 1, 5, 17, 0, 0, 0, loc), true, "17h ngày 05/01/2031"},
		{time.Date(2031, 1, 5, 17, 30, 0, 0, loc), true, "17h30 ngày 05/01/2031"},
		{time.Date(2031, 1, 5, 8, 5, 0, 0, loc), true, "8h05 ngày 05/01/2031"},
		{time.Date(2031, 1, 5, 23, 59, 59, 0, loc), true, "24h ngày 05/01/2031"},
		{time.Date(2031, 12, 25, 0, 0, 0, 0, loc), false, "ngày 25/12/2031"},
	}
	for _, tt := range tests {
		got := Example(tt.t, tt.hasTime)
		if got != tt.want {
			t.Errorf("Example(%v, %v) = %q, want %q", tt.t, tt.hasTime, got, tt.want)
		}
		if !tt.hasTime {
			continue
		}
		back, err := Parse(got, ref)
		if err != nil || !back.Time.Equal(tt.t) {
			t.Errorf("Example(%v) = %q reads back as %v, %v", tt.t, got, back.Time, err)
		}
	}
}
