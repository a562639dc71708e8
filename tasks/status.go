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
// overdue tasks, the whole days left or late; late on the deadline's own
// day, Days is 0 and Hours the whole hours late.
type Status struct {
	Kind  StatusKind
	Days  int
	Hours int
	// Pending is true for a task reported done that waits for confirmation.
	Pending bool
}

// StatusAt derives a task's status at now. Days are calendar days in loc:
// a task due on the 18th is "sắp đến hạn" from the 15th, and one day late on
// the 19th; on the 18th itself, after its time, it is late by hours (see
// LateBy).
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
			l := LateBy(*t.Deadline, done, loc)
			s.Kind, s.Days, s.Hours = StatusDoneLate, l.Days, l.Hours
		}
		return s
	}
	if t.Deadline == nil {
		return Status{Kind: StatusOnTime, Days: -1}
	}
	if now.After(*t.Deadline) {
		l := LateBy(*t.Deadline, now, loc)
		return Status{Kind: StatusOverdue, Days: l.Days, Hours: l.Hours}
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

// Lateness is how late a moment is past a deadline, as offices count it:
// by calendar days after the deadline's day in the organisation's zone, and
// on the deadline's own day by whole hours. A task due 19:05 and done at
// 19:05:23 is late by less than an hour, not by a day; one due Monday 23:00
// and done Tuesday 01:00 is one day late (Tuesday is the day after), as one
// due Monday and done on Tuesday is.
type Lateness struct {
	Days  int
	Hours int
}

// LateBy returns how late at is past deadline in loc; zero when it is not.
func LateBy(deadline, at time.Time, loc *time.Location) Lateness {
	if !at.After(deadline) {
		return Lateness{}
	}
	if d := CalendarDays(deadline, at, loc); d > 0 {
		return Lateness{Days: d}
	}
	return Lateness{Hours: int(at.Sub(deadline) / time.Hour)}
}

// Phrase says how late in Vietnamese, after "quá hạn": "3 ngày",
// "2 giờ", "dưới 1 giờ".
func (l Lateness) Phrase() string {
	switch {
	case l.Days > 0:
		return fmt.Sprintf(lateDays, l.Days)
	case l.Hours > 0:
		return fmt.Sprintf(lateHours, l.Hours)
	}
	return lateUnderAnHour
}

// Late returns how late an overdue or late-done task is.
func (s Status) Late() Lateness { return Lateness{Days: s.Days, Hours: s.Hours} }

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
		l = fmt.Sprintf(labelOverdue, s.Late().Phrase())
	case StatusDoneOnTime:
		l = labelDoneOnTime
	case StatusDoneLate:
		l = fmt.Sprintf(labelDoneLate, s.Late().Phrase())
	case StatusCancelled:
		return labelCancelled
	}
	if s.Pending {
		l += " (" + labelPending + ")"
	}
	return l
}
