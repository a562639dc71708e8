// Package reminders plans and queues the reminders of tasks. The plan lives
// in the database: each reminder is a row with the instant it is due, written
// in the transaction that creates or changes the task. A scan, triggered by
// cron, claims the due rows with FOR UPDATE SKIP LOCKED and turns them into
// outbox messages in the same transaction, so that a reminder is queued
// exactly once however many processes scan and however often they restart.
package reminders

import (
	"fmt"
	"slices"
	"strings"
	"time"

	"github.com/dondoc/dondoc/holidays"
)

// SettingsKey is the section of an organisation's settings that holds its
// reminder policy.
const SettingsKey = "reminders"

// Policy says when an organisation's owners are reminded. The zero value of
// a field means its default.
type Policy struct {
	// BeforeDays are the days before the deadline to remind, at At.
	BeforeDays []int `json:"before_days"`
	// At is the local time of day of the daily reminders, "08:00".
	At string `json:"at"`
	// DueDay reminds on the day of the deadline, at At.
	DueDay *bool `json:"due_day,omitempty"`
	// BeforeTimedHours reminds this long before a deadline that has a time.
	BeforeTimedHours *int `json:"before_timed_hours,omitempty"`
	// OverdueMax is how many overdue reminders are sent, one per working day.
	OverdueMax *int `json:"overdue_max,omitempty"`
	// EscalateAfter is the overdue reminder after which the assigner and the
	// unit's head are told, at most OverdueMax when set; 0 turns escalation
	// off. Left unset with fewer overdue reminders than the default, there
	// is no escalation.
	EscalateAfter *int `json:"escalate_after,omitempty"`
	// QuietFrom and QuietTo bound the night, when nothing is sent.
	QuietFrom string `json:"quiet_from"`
	QuietTo   string `json:"quiet_to"`
	// RestDays are the weekly days without reminders, as Go weekdays
	// (0 = Sunday). Public holidays are rest days too, and make-up working
	// days are not, whatever their weekday (Calendar).
	RestDays []time.Weekday `json:"rest_days"`
	// Calendar is the organisation's calendar of holidays and make-up days:
	// the national one with the organisation's own days. It is not stored
	// with the policy; nil means the national calendar.
	Calendar *holidays.Calendar `json:"-"`
}

// DefaultPolicy is the policy of an organisation that has not changed it.
func DefaultPolicy() Policy {
	return Policy{
		BeforeDays:       []int{3, 1},
		At:               "08:00",
		DueDay:           ptr(true),
		BeforeTimedHours: ptr(2),
		OverdueMax:       ptr(5),
		EscalateAfter:    ptr(2),
		QuietFrom:        "21:00",
		QuietTo:          "07:00",
		RestDays:         []time.Weekday{time.Saturday, time.Sunday},
	}
}

func ptr[T any](v T) *T { return &v }

// WithDefaults returns p with every unset field taken from DefaultPolicy.
func (p Policy) WithDefaults() Policy {
	d := DefaultPolicy()
	if p.BeforeDays == nil {
		p.BeforeDays = d.BeforeDays
	}
	if p.At == "" {
		p.At = d.At
	}
	if p.DueDay == nil {
		p.DueDay = d.DueDay
	}
	if p.BeforeTimedHours == nil {
		p.BeforeTimedHours = d.BeforeTimedHours
	}
	if p.OverdueMax == nil {
		p.OverdueMax = d.OverdueMax
	}
	if p.EscalateAfter == nil {
		p.EscalateAfter = d.EscalateAfter
	}
	if p.QuietFrom == "" {
		p.QuietFrom = d.QuietFrom
	}
	if p.QuietTo == "" {
		p.QuietTo = d.QuietTo
	}
	if p.RestDays == nil {
		p.RestDays = d.RestDays
	}
	if p.Calendar == nil {
		p.Calendar = holidays.Vietnam()
	}
	return p
}

// restDay reports whether t's day, in t's location, is a day without
// reminders: a public holiday or an organisation's day off, or a weekly
// rest day that is not a make-up working day. p must have its defaults.
func (p Policy) restDay(t time.Time) bool {
	switch {
	case p.Calendar.IsHoliday(t):
		return true
	case p.Calendar.IsMakeUpDay(t):
		return false
	}
	return slices.Contains(p.RestDays, t.Weekday())
}

// PolicyError says, in Vietnamese, what is wrong with a policy an admin set.
type PolicyError struct{ Msg string }

// Error returns the Vietnamese message for the user.
func (e *PolicyError) Error() string { return e.Msg }

func policyErr(format string, args ...any) error {
	return &PolicyError{Msg: fmt.Sprintf(format, args...)}
}

// Validate reports the first thing wrong with p as a *PolicyError.
func (p Policy) Validate() error {
	escalate := p.EscalateAfter != nil
	p = p.WithDefaults()
	for _, c := range []struct{ name, v string }{{clockAt, p.At}, {clockQuietFrom, p.QuietFrom}, {clockQuietTo, p.QuietTo}} {
		if _, err := parseClock(c.v); err != nil {
			return policyErr(msgBadClock, c.name, c.v)
		}
	}
	for _, d := range p.BeforeDays {
		if d < 1 || d > 30 {
			return policyErr(msgBadBeforeDays, d)
		}
	}
	if *p.OverdueMax < 0 || *p.OverdueMax > 30 {
		return policyErr(msgBadOverdueMax, *p.OverdueMax)
	}
	if *p.BeforeTimedHours < 0 || *p.BeforeTimedHours > 24 {
		return policyErr(msgBadTimedHours, *p.BeforeTimedHours)
	}
	if escalate && (*p.EscalateAfter < 0 || *p.EscalateAfter > *p.OverdueMax) {
		return policyErr(msgBadEscalateAfter, *p.OverdueMax, *p.EscalateAfter)
	}
	for _, d := range p.RestDays {
		if d < time.Sunday || d > time.Saturday {
			return policyErr(msgBadRestDay, d)
		}
	}
	if len(restDays(p.RestDays)) == 7 {
		return policyErr(msgNoWorkingDay)
	}
	return nil
}

// restDays returns the days once each, in order from Sunday; nil stays
// nil (the default).
func restDays(days []time.Weekday) []time.Weekday {
	if days == nil {
		return nil
	}
	out := slices.Clone(days)
	slices.Sort(out)
	return slices.Compact(out)
}

// clock is a time of day in minutes after midnight.
type clock int

func parseClock(s string) (clock, error) {
	var h, m int
	if _, err := fmt.Sscanf(strings.TrimSpace(s), "%d:%d", &h, &m); err != nil || h < 0 || h > 23 || m < 0 || m > 59 {
		return 0, fmt.Errorf("reminders: bad time of day %q", s)
	}
	return clock(h*60 + m), nil
}

func mustClock(s string) clock {
	c, err := parseClock(s)
	if err != nil {
		return 0
	}
	return c
}

func (c clock) on(day time.Time) time.Time {
	y, mo, d := day.Date()
	return time.Date(y, mo, d, int(c)/60, int(c)%60, 0, 0, day.Location())
}
