package bot

import (
	"strings"
	"testing"
	"time"
)

// TestHolidayUsageExamplesAhead: the dates /ngaynghi gives as examples are
// days still to come, whatever the day it is asked.
func TestHolidayUsageExamplesAhead(t *testing.T) {
	hcm := time.FixedZone("ICT", 7*3600)
	for _, tt := range []struct {
		now        time.Time
		date, year string
	}{
		{time.Date(2026, 12, 7, 9, 0, 0, 0, hcm), "16/03/2027", "/ngaynghi 2028"},
		{time.Date(2026, 1, 10, 9, 0, 0, 0, hcm), "16/03/2026", "/ngaynghi 2027"},
		{time.Date(2026, 3, 15, 23, 59, 0, 0, hcm), "16/03/2026", "/ngaynghi 2027"},
		{time.Date(2026, 3, 16, 0, 0, 0, 0, hcm), "16/03/2027", "/ngaynghi 2028"},
	} {
		got := holidayUsage(tt.now)
		if !strings.Contains(got, "/ngaynghi them "+tt.date) || !strings.Contains(got, "/ngaynghi bo "+tt.date) || !strings.Contains(got, tt.year+"</code>") {
			t.Errorf("holidayUsage(%s) = %q, want examples on %s and %s", tt.now.Format(time.DateTime), got, tt.date, tt.year)
		}
	}
}
