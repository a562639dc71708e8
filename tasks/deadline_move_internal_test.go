package tasks

import (
	"testing"
	"time"
)

// TestDeadlineMoved: a task's deadline has moved once it differs from the one the
// task was given; the first one's time is named unless it is 23:59.
func TestDeadlineMoved(t *testing.T) {
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
		ok              bool
		want            DeadlineMove
	}{
		{"no deadline", nil, at(15, 23, 59), false, DeadlineMove{}},
		{"never moved", at(15, 23, 59), nil, false, DeadlineMove{}},
		{"moved back to the first", at(15, 23, 59), at(15, 23, 59), false, DeadlineMove{}},
		{"extended from the end of a day", at(30, 23, 59), at(15, 23, 59), true, DeadlineMove{From: *at(15, 23, 59), Later: true}},
		{"extended from a time of day", at(30, 23, 59), at(15, 16, 30), true, DeadlineMove{From: *at(15, 16, 30), Later: true, FromHasTime: true}},
		{"brought forward", at(10, 23, 59), at(15, 23, 59), true, DeadlineMove{From: *at(15, 23, 59)}},
		{"brought forward from 23:00", at(10, 23, 59), at(15, 23, 0), true, DeadlineMove{From: *at(15, 23, 0), FromHasTime: true}},
	} {
		t.Run(c.name, func(t *testing.T) {
			got, ok := Task{Deadline: c.deadline, OriginalDeadline: c.first}.DeadlineMoved(loc)
			if ok != c.ok || !got.From.Equal(c.want.From) || got.Later != c.want.Later || got.FromHasTime != c.want.FromHasTime {
				t.Errorf("DeadlineMoved = %+v, %v; want %+v, %v", got, ok, c.want, c.ok)
			}
			if ok && got.From.Location() != loc {
				t.Errorf("From is in %v, want %v", got.From.Location(), loc)
			}
		})
	}
}

// TestDeadlineMoveString: the words the card and the dashboard put after
// the deadline that holds.
func TestDeadlineMoveString(t *testing.T) {
	loc, err := time.LoadLocation("Asia/Ho_Chi_Minh")
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		name string
		m    DeadlineMove
		want string
	}{
		{"extended from a day", DeadlineMove{From: time.Date(2031, 1, 15, 23, 59, 59, 0, loc), Later: true}, ", đã gia hạn từ 15/01/2031"},
		{"extended from a time", DeadlineMove{From: time.Date(2031, 1, 15, 16, 30, 0, 0, loc), Later: true, FromHasTime: true}, ", đã gia hạn từ 15/01/2031 16:30"},
		{"brought forward", DeadlineMove{From: time.Date(2031, 1, 15, 23, 59, 59, 0, loc)}, ", đã điều chỉnh từ 15/01/2031"},
	} {
		if got := c.m.String(); got != c.want {
			t.Errorf("%s: %q, want %q", c.name, got, c.want)
		}
	}
}
