package reminders

import (
	"fmt"
	"slices"
	"time"
)

// Kind is what a reminder is about.
type Kind string

// Kinds of reminder.
const (
	KindBefore  Kind = "before"
	KindDue     Kind = "due"
	KindOverdue Kind = "overdue"
	KindSnooze  Kind = "snooze"
)

// Slot is one planned reminder of a task.
type Slot struct {
	// Name identifies the slot among the task's reminders for one deadline:
	// "d3", "d1", "due", "h2", "over1"…
	Name string
	Kind Kind
	// N numbers the overdue reminders from 1.
	N int
	// Escalate is set on the overdue reminder after which the assigner and
	// the unit heads are told.
	Escalate bool
	At       time.Time
}

// Plan returns the reminders still to come, after now, for a deadline in
// loc. A date-only deadline is the end of its day. Every instant is moved out
// of quiet hours and off rest days and holidays (to the reminder hour of the
// next working day); a reminder before the deadline that this would move to
// or past the deadline moves instead to the last allowed time before its
// instant (a task due 23:30 is reminded at 20:59, not at 21:30 in quiet
// hours), and is dropped only when that time has passed. Of two landing on
// the same instant only the later in the policy's order is kept.
func Plan(p Policy, deadline time.Time, hasTime bool, loc *time.Location, now time.Time) []Slot {
	p = p.WithDefaults()
	at := mustClock(p.At)
	dl := deadline.In(loc)
	day := time.Date(dl.Year(), dl.Month(), dl.Day(), 0, 0, 0, 0, loc)
	var out []Slot
	add := func(s Slot) {
		planned := s.At.In(loc)
		s.At = nextAllowed(p, planned)
		if s.Kind != KindOverdue && !s.At.Before(dl) {
			s.At = prevAllowed(p, planned)
		}
		if !s.At.After(now) || (s.Kind != KindOverdue && !s.At.Before(dl)) {
			return
		}
		out = slices.DeleteFunc(out, func(o Slot) bool { return o.At.Equal(s.At) })
		out = append(out, s)
	}
	days := slices.Clone(p.BeforeDays)
	slices.Sort(days)
	slices.Reverse(days)
	for _, d := range days {
		add(Slot{Name: fmt.Sprintf("d%d", d), Kind: KindBefore, At: at.on(day.AddDate(0, 0, -d))})
	}
	if *p.DueDay {
		add(Slot{Name: "due", Kind: KindDue, At: at.on(day)})
	}
	if h := *p.BeforeTimedHours; hasTime && h > 0 {
		add(Slot{Name: fmt.Sprintf("h%d", h), Kind: KindBefore, At: dl.Add(-time.Duration(h) * time.Hour)})
	}
	next := at.on(day.AddDate(0, 0, 1))
	for n := 1; n <= *p.OverdueMax; n++ {
		next = nextAllowed(p, next)
		add(Slot{Name: fmt.Sprintf("over%d", n), Kind: KindOverdue, N: n, Escalate: n == *p.EscalateAfter, At: next})
		d := next
		next = at.on(time.Date(d.Year(), d.Month(), d.Day()+1, 0, 0, 0, 0, loc))
	}
	slices.SortStableFunc(out, func(a, b Slot) int { return a.At.Compare(b.At) })
	return out
}

// NextAllowed returns the first instant at or after t, in loc, that is on a
// working day and outside quiet hours; a time on a rest day moves to the
// reminder hour of the next working day.
func NextAllowed(p Policy, t time.Time, loc *time.Location) time.Time {
	return nextAllowed(p.WithDefaults(), t.In(loc))
}

// nextAllowed moves t off rest days (to the reminder hour of the next day)
// and out of quiet hours (to their end). p must have its defaults.
func nextAllowed(p Policy, t time.Time) time.Time {
	from, to := mustClock(p.QuietFrom), mustClock(p.QuietTo)
	for range 400 {
		if p.restDay(t) {
			t = mustClock(p.At).on(t.AddDate(0, 0, 1))
			continue
		}
		if !quiet(from, to, t) {
			return t
		}
		end := to.on(t)
		if !end.After(t) {
			end = to.on(t.AddDate(0, 0, 1))
		}
		t = end
	}
	return t
}

// quiet reports whether t falls in the quiet hours [from, to).
func quiet(from, to clock, t time.Time) bool {
	c := clock(t.Hour()*60 + t.Minute())
	switch {
	case from > to:
		return c >= from || c < to
	case from < to:
		return c >= from && c < to
	}
	return false
}

// prevAllowed returns the last instant at or before t that is on a working
// day and outside quiet hours: a time on a rest day moves to the same time
// of the day before, a quiet time to the last minute before quiet hours
// begin. p must have its defaults.
func prevAllowed(p Policy, t time.Time) time.Time {
	from, to := mustClock(p.QuietFrom), mustClock(p.QuietTo)
	for range 400 {
		if p.restDay(t) {
			t = t.AddDate(0, 0, -1)
			continue
		}
		if !quiet(from, to, t) {
			return t
		}
		last := (from - 1).on(t)
		if last.After(t) {
			last = (from - 1).on(t.AddDate(0, 0, -1))
		}
		t = last
	}
	return t
}

// Tomorrow returns the reminder hour of the next working day after now.
func Tomorrow(p Policy, now time.Time, loc *time.Location) time.Time {
	p = p.WithDefaults()
	n := now.In(loc)
	return nextAllowed(p, mustClock(p.At).on(time.Date(n.Year(), n.Month(), n.Day()+1, 0, 0, 0, 0, loc)))
}
