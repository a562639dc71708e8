package web

import (
	"testing"
	"time"

	"github.com/dondoc/dondoc/tasks"
)

func TestDeadlineMoved(t *testing.T) {
	loc, err := time.LoadLocation("Asia/Ho_Chi_Minh")
	if err != nil {
		t.Fatal(err)
	}
	at := func(y int, m time.Month, d, h, min int) *time.Time {
		v := time.Date(y, m, d, h, min, 0, 0, loc)
		return &v
	}
	for _, c := range []struct {
		name            string
		deadline, first *time.Time
		want            string
	}{
		{"never moved", at(2031, 1, 15, 23, 59), nil, ""},
		{"no deadline", nil, at(2031, 1, 15, 23, 59), ""},
		{"moved back to the first", at(2031, 1, 15, 23, 59), at(2031, 1, 15, 23, 59), ""},
		{"extended from the end of a day", at(2031, 1, 30, 23, 59), at(2031, 1, 15, 23, 59), ", đã gia hạn từ 15/01/2031"},
		{"extended from a time", at(2031, 1, 30, 23, 59), at(2031, 1, 15, 17, 0), ", đã gia hạn từ 15/01/2031 17:00"},
		{"moved earlier", at(2031, 1, 10, 23, 59), at(2031, 1, 15, 23, 59), ", đã điều chỉnh từ 15/01/2031"},
	} {
		t.Run(c.name, func(t *testing.T) {
			got := deadlineMoved(tasks.Task{Deadline: c.deadline, OriginalDeadline: c.first}, loc)
			if got != c.want {
				t.Errorf("deadlineMoved = %q, want %q", got, c.want)
			}
		})
	}
}
