package weekly

import (
	"context"
	"time"

	"github.com/jmoiron/sqlx"

	"github.com/dondoc/dondoc/holidays"
	"github.com/dondoc/dondoc/tasks"
)

// maxDaysOff bounds the run of days off a scheduled run is carried over:
// longer than any Tết with its weekends. A run whose next working day is
// further away is made at its own time.
const maxDaysOff = 31

// WithCalendar returns the schedule with the organisation's calendar of
// working days: a run that falls on a day off (a public holiday or one of
// the organisation's own days off) is then made at the same hour of the next
// working day, still for the week its own day covers. A run an admin put on
// an ordinary Saturday or Sunday stays there.
func (s Schedule) WithCalendar(cal *holidays.Calendar) Schedule {
	s.Calendar = cal
	return s
}

// OrgScheduleTx reads and compiles an organisation's weekly schedule with
// its calendar of working days (tasks.CalendarTx), reading through q.
func OrgScheduleTx(ctx context.Context, q sqlx.QueryerContext, org tasks.Org) (Schedule, error) {
	sch, err := OrgSchedule(org)
	if err != nil {
		return Schedule{}, err
	}
	cal, err := tasks.CalendarTx(ctx, q, org.ID)
	if err != nil {
		return Schedule{}, err
	}
	return sch.WithCalendar(cal), nil
}

// madeAt is when a run scheduled at t is made: t on a working day or an
// ordinary weekend day; on a day off, the same hour of the next working
// day.
func (s Schedule) madeAt(t time.Time) time.Time {
	d := t.In(s.Zone)
	if s.Calendar == nil || !s.Calendar.IsHoliday(d) {
		return t
	}
	for i := 1; i <= maxDaysOff; i++ {
		next := time.Date(d.Year(), d.Month(), d.Day()+i, d.Hour(), d.Minute(), d.Second(), d.Nanosecond(), s.Zone)
		if s.Calendar.IsWorkday(next) {
			return next
		}
	}
	return t
}

// scheduledFrom is the earliest time a run made at or after from may have
// been scheduled: the start of from's day and of the days off just before
// it when a calendar moves runs; from itself otherwise.
func (s Schedule) scheduledFrom(from time.Time) time.Time {
	if s.Calendar == nil {
		return from
	}
	d := from.In(s.Zone)
	day := time.Date(d.Year(), d.Month(), d.Day(), 0, 0, 0, 0, s.Zone)
	for i := 0; i < maxDaysOff; i++ {
		prev := day.AddDate(0, 0, -1)
		if s.Calendar.IsWorkday(prev) {
			break
		}
		day = prev
	}
	return day
}
