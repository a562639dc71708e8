package deadline

import (
	"fmt"
	"time"
)

// Recurrence is how often a recurring deadline comes back.
type Recurrence string

// The recurrences a Rule can have.
const (
	Daily     Recurrence = "daily"
	Weekly    Recurrence = "weekly"
	Monthly   Recurrence = "monthly"
	Quarterly Recurrence = "quarterly"
	Yearly    Recurrence = "yearly"
	// Semiannual comes back every six months ("định kỳ 6 tháng", "mỗi 6 tháng", "cuối mỗi 6
	// tháng"): its occurrences end on the last day of June and of December. Its Day is ignored
	// (the parser never sets it) and String describes it as "mỗi 6 tháng".
	Semiannual Recurrence = "semiannual"
)

// Rule is a recurring deadline ("17h thứ 5 hàng tuần", "ngày 5 hằng tháng", "định kỳ hàng quý").
type Rule struct {
	Freq       Recurrence
	Weekday    time.Weekday // weekly: the day; valid when HasWeekday (otherwise Sunday, the week's last day)
	HasWeekday bool
	// Also holds the other days of a weekly rule written with several ("sáng thứ Hai và thứ
	// Sáu hằng tuần"); Weekday is the first one written.
	Also WeekdaySet `json:",omitempty"`
	// Day is the day of the month 1..31 (clamped to the month's last day when the month
	// is shorter); 0 = last day of the period. Monthly: every month; quarterly: in the
	// quarter's last month; yearly: in Month; semiannual: ignored, always the last day.
	Day int
	// Month is the month 1..12 of a yearly rule ("ngày 15/12 hằng năm"); 0 = December.
	Month        int
	Hour, Minute int
	HasTime      bool // a clock time was written; otherwise occurrences end at 23:59:59
}

// Next returns the first occurrence's deadline instant strictly after t, in t's location.
// A rule with an unknown Freq has no occurrence and returns the zero time.
func (r Rule) Next(t time.Time) time.Time {
	day := midnight(t)
	y, m := t.Year(), int(t.Month())
	for n := 0; n < 40; n++ {
		var c time.Time
		switch r.Freq {
		case Daily:
			c = addDays(day, n)
		case Weekly:
			wd := time.Sunday
			if r.HasWeekday {
				wd = r.Weekday
			}
			if r.HasWeekday && r.Also != 0 {
				if c = addDays(day, n); !r.Also.Add(wd).Has(c.Weekday()) {
					continue
				}
				break
			}
			c = addDays(day, (int(wd)-int(day.Weekday())+7)%7+7*n)
		case Monthly:
			yy, mm := monthShift(y, m, n)
			c = r.dayIn(t.Location(), yy, mm)
		case Quarterly:
			yy, mm := monthShift(y, (m-1)/3*3+3, 3*n)
			c = r.dayIn(t.Location(), yy, mm)
		case Semiannual:
			yy, mm := monthShift(y, (m-1)/6*6+6, 6*n)
			c = Rule{}.dayIn(t.Location(), yy, mm)
		case Yearly:
			mm := r.Month
			if mm < 1 || mm > 12 {
				mm = 12
			}
			c = r.dayIn(t.Location(), y+n, mm)
		default:
			return time.Time{}
		}
		if c = r.clockOn(c); c.After(t) {
			return c
		}
	}
	return time.Time{}
}

// dayIn returns midnight of the rule's day in m/y, clamped to the month's last day.
func (r Rule) dayIn(loc *time.Location, y, m int) time.Time {
	last := daysIn(y, m)
	d := r.Day
	if d <= 0 || d > last {
		d = last
	}
	return dateIn(loc, y, m, d)
}

// clockOn returns the rule's deadline instant on the given day.
func (r Rule) clockOn(day time.Time) time.Time {
	if !r.HasTime || r.Hour < 0 || r.Hour > 24 || r.Minute < 0 || r.Minute > 59 {
		return endOfDay(day)
	}
	return at(day, r.Hour, r.Minute)
}

// String describes the rule in Vietnamese, e.g. "17:00 thứ Năm hằng tuần", "ngày 5 hằng tháng",
// "cuối mỗi quý". Parse reads every description back into the same rule.
func (r Rule) String() string {
	var s string
	switch r.Freq {
	case Daily:
		s = msgDaily
	case Weekly:
		s = msgEndOfWeek
		if r.HasWeekday {
			s = fmt.Sprintf(fmtWeekly, r.weekdayNames())
		}
	case Monthly:
		s = msgEndOfMonth
		if r.Day > 0 {
			s = fmt.Sprintf(fmtMonthly, r.Day)
		}
	case Quarterly:
		s = msgEndOfQuarter
		if r.Day > 0 {
			s = fmt.Sprintf(fmtQuarterly, r.Day)
		}
	case Semiannual:
		s = msgSemiannual
	case Yearly:
		m := r.Month
		if m < 1 || m > 12 {
			m = 12
		}
		switch {
		case r.Day > 0:
			s = fmt.Sprintf(fmtYearly, r.Day, m)
		case r.Month >= 1 && r.Month <= 12:
			s = fmt.Sprintf(fmtYearlyMonth, m)
		default:
			s = msgEndOfYear
		}
	default:
		s = string(r.Freq)
	}
	if r.HasTime {
		s = fmt.Sprintf(fmtRuleAt, r.Hour, r.Minute, s)
	}
	return s
}

// WeekdaySet is a set of weekdays, one bit per time.Weekday.
type WeekdaySet uint8

// Add returns the set with wd in it.
func (s WeekdaySet) Add(wd time.Weekday) WeekdaySet { return s | 1<<uint(wd) }

// Has reports whether wd is in the set.
func (s WeekdaySet) Has(wd time.Weekday) bool { return s&(1<<uint(wd)) != 0 }

// weekdayNames names the rule's days in the order of the week from Monday: "thứ Hai và thứ Sáu".
func (r Rule) weekdayNames() string {
	all := r.Also.Add(r.Weekday)
	var names []string
	for k := 1; k <= 7; k++ {
		if wd := time.Weekday(k % 7); all.Has(wd) {
			names = append(names, WeekdayName(wd))
		}
	}
	return joinAnd(names)
}

// recurVal is a written recurrence: "hàng tuần", "định kỳ hàng quý", "cuối mỗi tháng".
type recurVal struct {
	freq      Recurrence
	last      bool // "cuối mỗi …": the period's last day
	lastMonth bool // "(của) tháng cuối mỗi quý": a day of the quarter's last month follows or precedes
}

var recurUnits = map[string]Recurrence{
	"ngay":  Daily,
	"tuan":  Weekly,
	"thang": Monthly,
	"quy":   Quarterly,
	"nam":   Yearly,
}

// recur reads a recurrence marker at i: "hằng tháng", "định kỳ hàng quý", "cuối mỗi tháng",
// "(ngày 15) của tháng cuối mỗi quý", and the six-month cycle "định kỳ 6 tháng", "mỗi 6 tháng",
// "cuối mỗi 6 tháng", "6 tháng một lần", "6 tháng/lần", and "N <unit> một lần", "1 lần/<unit>"
// (onceEvery). A half year's report, "báo cáo 6 tháng", is no cycle.
func (p *parser) recur(i int) (r recurVal, next int, ok bool) {
	if k, good := p.sixMonthly(i); good {
		return recurVal{freq: Semiannual}, k, true
	}
	if f, k, good := p.onceEvery(i); good {
		return recurVal{freq: f}, k, true
	}
	k := i
	if p.is(k, "cua") {
		k++
	}
	if p.is(k, "thang", "cuoi") && p.oneOf(k+2, "moi", "hang") && p.is(k+3, "quy") {
		return recurVal{freq: Quarterly, lastMonth: true}, k + 4, true
	}
	k = i
	if p.is(k, "dinh", "ky") {
		k += 2
	}
	if p.is(k, "cuoi") {
		r.last = true
		k++
	}
	if !p.oneOf(k, "hang", "moi") {
		return r, i, false
	}
	f, good := recurUnits[p.tok(k+1)]
	if !good {
		return r, i, false
	}
	r.freq = f
	return r, k + 2, true
}

// sixMonthly reads a six-month cycle at i and returns the index after it.
func (p *parser) sixMonthly(i int) (int, bool) {
	k := i
	cycle := false
	if p.is(k, "dinh", "ky") && p.is(k+2, "cuoi") {
		k += 2
	}
	if p.is(k, "cuoi") && p.oneOf(k+1, "moi", "hang") {
		k++ // "cuối mỗi 6 tháng", like "cuối mỗi quý": the half year's last day, as always
	}
	switch {
	case p.is(k, "dinh", "ky"):
		k, cycle = k+2, true
		if p.oneOf(k, "hang", "moi") {
			k++
		}
	case p.oneOf(k, "moi", "hang"):
		k, cycle = k+1, true
	}
	six := p.is(k, "6") || p.is(k, "sau") || p.is(k, "06")
	if !six || !p.is(k+1, "thang") {
		return i, false
	}
	k += 2
	if o := p.once(k); o > k {
		k, cycle = o, true
	}
	if !cycle || p.oneOf(k, "dau", "cuoi", "nam", "qua", "toi") {
		return i, false // "định kỳ 6 tháng đầu năm" is a half year; "mỗi 6 tháng qua" a span
	}
	return k, true
}

// fits reports whether a recurrence can take the day components days.
func (r recurVal) fits(days []dayVal) bool {
	if len(days) == 0 {
		return true
	}
	if len(days) > 1 || r.last {
		return false
	}
	d := days[0]
	if r.lastMonth {
		return d.kind == kDayOnly
	}
	switch r.freq {
	case Weekly:
		return d.kind == kWeekday && !d.weekMod
	case Monthly:
		return d.kind == kDayOnly
	case Yearly:
		return d.kind == kDate && !d.yearGiven || d.kind == kMonth && d.monthGiven && !d.yearGiven
	}
	return false
}

// rule builds the Rule for a recurrence with its fitting components.
func (r recurVal) rule(days []dayVal, c *clockVal) Rule {
	out := Rule{Freq: r.freq}
	if c != nil {
		out.Hour, out.Minute, out.HasTime = c.h, c.m, true
	}
	if len(days) == 1 {
		d := days[0]
		switch d.kind {
		case kWeekday:
			out.Weekday, out.HasWeekday = d.wd, true
			out.Also = d.also &^ WeekdaySet(0).Add(d.wd)
		case kDayOnly, kDate, kMonth:
			out.Day, out.Month = d.day, d.month
		}
		if r.freq != Yearly {
			out.Month = 0
		}
	}
	return out
}
