package bot

import (
	"testing"
	"time"

	"github.com/dondoc/dondoc/tasks"
)

// TestDeadlineLineSaysWhichDeadlineHolds: once a task's deadline has
// moved, its card's deadline line names the one it was given, which the
// task's text may still name, and says whether it was extended or moved
// earlier.
func TestDeadlineLineSaysWhichDeadlineHolds(t *testing.T) {
	loc, err := time.LoadLocation("Asia/Ho_Chi_Minh")
	if err != nil {
		t.Fatal(err)
	}
	at := func(d, h, m int) *time.Time {
		v := time.Date(2031, 1, d, h, m, 59, 0, loc)
		return &v
	}
	for _, c := range []struct {
		name            string
		deadline, first *time.Time
		want            string
	}{
		{"no deadline", nil, nil, "Thời hạn: không ghi thời hạn"},
		{"never moved", at(15, 23, 59), nil, "Thời hạn: 15/01/2031 23:59 (thứ Tư)"},
		{"moved back to the first", at(15, 23, 59), at(15, 23, 59), "Thời hạn: 15/01/2031 23:59 (thứ Tư)"},
		{"extended", at(30, 23, 59), at(15, 23, 59), "Thời hạn: 30/01/2031 23:59 (thứ Năm), đã gia hạn từ 15/01/2031"},
		{"extended from a time of day", at(30, 23, 59), at(15, 16, 30), "Thời hạn: 30/01/2031 23:59 (thứ Năm), đã gia hạn từ 15/01/2031 16:30"},
		{"moved earlier", at(10, 23, 59), at(15, 23, 59), "Thời hạn: 10/01/2031 23:59 (thứ Sáu), đã điều chỉnh từ 15/01/2031"},
	} {
		t.Run(c.name, func(t *testing.T) {
			got := deadlineLine(tasks.Task{Deadline: c.deadline, OriginalDeadline: c.first}, loc)
			if got != c.want {
				t.Errorf("got  %q\nwant %q", got, c.want)
			}
		})
	}
}
