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
	return WithOrgCalendar(ctx, q, org.ID, sch)
}

// WithOrgCalendar returns sch with the calendar of working days of the
// organisation orgID (tasks.CalendarTx), reading through q.
func WithOrgCalendar(ctx context.Context, q sqlx.QueryerContext, orgID int64, sch Schedule) (Schedule, error) {
	cal, err := tasks.CalendarTx(ctx, q, orgID)
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

// NextRun returns when the next run of kind k after t is made and the time
// it was scheduled for; they differ when a day off carried it over. Both
// are zero when the kind is off.
func (s Schedule) NextRun(k Kind, t time.Time) (at, scheduled time.Time) {
	for next := s.firstRun(k, s.scheduledFrom(t)); !next.IsZero(); next = s.Next(k, next) {
		if !at.IsZero() && next.After(at) {
			break
		}
		if m := s.madeAt(next); m.After(t) && (at.IsZero() || m.Before(at)) {
			at, scheduled = m, next
		}
	}
	return at, scheduled
}
