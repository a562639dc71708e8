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
