package tasks

import (
	"fmt"
	"time"
)

// DueSoonDays is how many days or fewer before its deadline a task counts as
// "sắp đến hạn".
const DueSoonDays = 3

// StatusKind is a task's standing against its deadline, in the words the
// government uses; it is derived from the task and the time, never stored.
type StatusKind int

// Status kinds.
const (
	StatusOnTime     StatusKind = iota // trong hạn
	StatusDueSoon                      // sắp đến hạn
	StatusOverdue                      // quá hạn
	StatusDoneOnTime                   // hoàn thành đúng hạn
	StatusDoneLate                     // hoàn thành quá hạn
	StatusCancelled                    // đã hủy
)

// Status is a task's standing at a moment: its kind and, for due-soon and
// overdue tasks, the whole days left or late.
type Status struct {
	Kind StatusKind
	Days int
	// Pending is true for a task reported done that waits for confirmation.
	Pending bool
}

// StatusAt derives a task's status at now. Days are calendar days in loc:
// a task due on the 18th is "sắp đến hạn" from the 15th, and one day late on
// the 19th.
func (t Task) StatusAt(now time.Time, loc *time.Location) Status {
	switch t.State {
	case StateCancelled:
		return Status{Kind: StatusCancelled}
	case StateReported, StateDone:
		done := now
		if t.ReportedAt != nil {
			done = *t.ReportedAt
		}
		s := Status{Kind: StatusDoneOnTime, Pending: t.State == StateReported}
		if t.Deadline != nil && done.After(*t.Deadline) {
			s.Kind = StatusDoneLate
			s.Days = daysLate(*t.Deadline, done, loc)
		}
		return s
	}
	if t.Deadline == nil {
		return Status{Kind: StatusOnTime, Days: -1}
	}
	if now.After(*t.Deadline) {
		return Status{Kind: StatusOverdue, Days: daysLate(*t.Deadline, now, loc)}
	}
	left := CalendarDays(now, *t.Deadline, loc)
	if left <= DueSoonDays {
		return Status{Kind: StatusDueSoon, Days: left}
	}
	return Status{Kind: StatusOnTime, Days: left}
}

// CalendarDays returns the number of calendar days from a's date to b's date
// in loc (0 when they fall on the same day).
func CalendarDays(a, b time.Time, loc *time.Location) int {
	ay, am, ad := a.In(loc).Date()
	by, bm, bd := b.In(loc).Date()
	da := time.Date(ay, am, ad, 12, 0, 0, 0, time.UTC)
	db := time.Date(by, bm, bd, 12, 0, 0, 0, time.UTC)
	return int(db.Sub(da).Hours() / 24)
}

// daysLate counts the days a moment is past a deadline: calendar days, and at
// least one, so a task due at 17:00 and done at 18:00 is one day late.
func daysLate(deadline, at time.Time, loc *time.Location) int {
	d := CalendarDays(deadline, at, loc)
	if d < 1 {
		return 1
	}
	return d
}

// Label is the status in Vietnamese: "trong hạn", "sắp đến hạn (còn 2 ngày)",
// "quá hạn 3 ngày", "hoàn thành đúng hạn (chờ xác nhận)" …
func (s Status) Label() string {
	var l string
	switch s.Kind {
	case StatusOnTime:
		if s.Days < 0 {
			return labelNoDeadline
		}
		return labelOnTime
	case StatusDueSoon:
		if s.Days == 0 {
			return labelDueToday
		}
		l = labelDueSoon + " (" + fmt.Sprintf(labelDaysLeft, s.Days) + ")"
	case StatusOverdue:
		l = fmt.Sprintf(labelOverdue, s.Days)
	case StatusDoneOnTime:
		l = labelDoneOnTime
	case StatusDoneLate:
		l = fmt.Sprintf(labelDoneLate, s.Days)
	case StatusCancelled:
		return labelCancelled
	}
	if s.Pending {
		l += " (" + labelPending + ")"
	}
	return l
}
