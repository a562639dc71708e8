package weekly

import (
	"strings"
	"testing"
	"time"
)

// TestTaskLineLateWords: a task late on its deadline's own day reads in
// hours in the weekly lists, not as "quá hạn 1 ngày".
func TestTaskLineLateWords(t *testing.T) {
	loc := time.FixedZone("ICT", 7*3600)
	due := time.Date(2021, 1, 3, 17, 0, 0, 0, loc)
	done := due.Add(3 * time.Hour)
	tests := []struct {
		line TaskLine
		want string
	}{
		{TaskLine{ID: 1, Deadline: due, DoneAt: &done, Hours: 3}, "đã hoàn thành, quá hạn 3 giờ"},
		{TaskLine{ID: 2, Deadline: due, Hours: 0}, "quá hạn dưới 1 giờ"},
		{TaskLine{ID: 3, Deadline: due, Days: 2, Hours: 40}, "quá hạn 2 ngày"},
	}
	for _, tt := range tests {
		if got := taskLine(tt.line, loc); !strings.HasSuffix(got, ", "+tt.want) {
			t.Errorf("taskLine(#%d) = %q, want it to end with %q", tt.line.ID, got, tt.want)
		}
	}
}

// TestLongestOverdueInHours: the longest delay of a unit whose overdue
// tasks are all late since today reads in hours.
func TestLongestOverdueInHours(t *testing.T) {
	loc := time.FixedZone("ICT", 7*3600)
	oldest := time.Date(2021, 1, 4, 9, 0, 0, 0, loc)
	week, _ := countsRow{Overdue: 1, Oldest: &oldest}.split(time.Date(2021, 1, 4, 12, 30, 0, 0, loc), loc)
	if got := countsLine(week); !strings.Contains(got, "quá hạn 1, lâu nhất 3 giờ)") {
		t.Errorf("countsLine = %q", got)
	}
	week, _ = countsRow{Overdue: 1, Oldest: &oldest}.split(time.Date(2021, 1, 6, 8, 0, 0, 0, loc), loc)
	if got := countsLine(week); !strings.Contains(got, "quá hạn 1, lâu nhất 2 ngày)") {
		t.Errorf("countsLine = %q", got)
	}
}
