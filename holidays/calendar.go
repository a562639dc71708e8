package holidays

import (
	"maps"
	"slices"
	"time"
)

// Date is a civil date, independent of any time zone.
type Date struct {
	Year  int
	Month time.Month
	Day   int
}

// DateOf returns the date of t in t's own location.
func DateOf(t time.Time) Date {
	y, m, d := t.Date()
	return Date{y, m, d}
}

// In returns midnight of d in loc.
func (d Date) In(loc *time.Location) time.Time {
	return time.Date(d.Year, d.Month, d.Day, 0, 0, 0, 0, loc)
}

// Weekday returns the day of the week of d.
func (d Date) Weekday() time.Weekday { return d.In(time.UTC).Weekday() }

// AddDays returns the date n days after d (before it when n < 0).
func (d Date) AddDays(n int) Date {
	return DateOf(time.Date(d.Year, d.Month, d.Day+n, 0, 0, 0, 0, time.UTC))
}

// String formats d as officials write it, dd/mm/yyyy.
func (d Date) String() string { return d.In(time.UTC).Format("02/01/2006") }

// Compare returns -1, 0 or +1 as d is before, equal to or after e.
func (d Date) Compare(e Date) int { return d.In(time.UTC).Compare(e.In(time.UTC)) }

// Day is one day the calendar knows about.
type Day struct {
	Date Date
	// Workday is set on a make-up working day ("làm bù") and on an
	// organisation's working day that overrides a holiday; otherwise the
	// day is a day off.
	Workday bool
	// Name says what the day is, in Vietnamese: "Tết Nguyên đán",
	// "Làm bù ngày 02/01"…
	Name string
	// Org is set on the days an organisation added (WithOverrides).
	Org bool
}

// Override is an organisation's own day off or make-up working day.
type Override struct {
	Date Date
	// Workday makes the date a working day (a make-up day, or a public
	// holiday the organisation works); otherwise it is a day off.
	Workday bool
	Name    string
}

// Calendar says which days are working days. The zero value is not usable:
// start from Vietnam or Parse.
type Calendar struct {
	days    map[Date]Day
	weekend [7]bool
	first   int
	last    int
}

// WithOverrides returns a copy of c with an organisation's own days: each
// override replaces whatever c said about its date.
func (c *Calendar) WithOverrides(ovs ...Override) *Calendar {
	if len(ovs) == 0 {
		return c
	}
	out := *c
	out.days = maps.Clone(c.days)
	for _, o := range ovs {
		out.days[o.Date] = Day{Date: o.Date, Workday: o.Workday, Name: o.Name, Org: true}
	}
	return &out
}

// WithWeekend returns a copy of c whose weekly rest days are days instead of
// Saturday and Sunday. Public holidays and make-up days stay as they are.
func (c *Calendar) WithWeekend(days ...time.Weekday) *Calendar {
	out := *c
	out.weekend = [7]bool{}
	for _, d := range days {
		if d >= time.Sunday && d <= time.Saturday {
			out.weekend[d] = true
		}
	}
	return &out
}

// Years returns the first and last years the national data covers; outside
// them only the weekly rest days and the overrides apply.
func (c *Calendar) Years() (first, last int) { return c.first, c.last }

// IsHoliday reports whether t's day (in t's location) is a public holiday or
// another day off announced or added for it, whatever its weekday; a make-up
// working day is not.
func (c *Calendar) IsHoliday(t time.Time) bool { return c.isHoliday(DateOf(t)) }

func (c *Calendar) isHoliday(d Date) bool {
	day, ok := c.days[d]
	return ok && !day.Workday
}

// IsMakeUpDay reports whether t's day is a working day only because it was
// named one: a "làm bù" Saturday, or a holiday an organisation works.
func (c *Calendar) IsMakeUpDay(t time.Time) bool {
	day, ok := c.days[DateOf(t)]
	return ok && day.Workday
}

// IsWorkday reports whether t's day is a working day: not a weekly rest day
// (Saturday, Sunday) unless named a make-up day, and not a holiday.
func (c *Calendar) IsWorkday(t time.Time) bool { return c.isWorkday(DateOf(t)) }

func (c *Calendar) isWorkday(d Date) bool {
	if day, ok := c.days[d]; ok {
		return day.Workday
	}
	return !c.weekend[d.Weekday()]
}

// Name returns what t's day is ("Tết Nguyên đán", "Làm bù ngày 02/01"), or
// "" for an ordinary day.
func (c *Calendar) Name(t time.Time) string { return c.days[DateOf(t)].Name }

// NextWorkday returns midnight, in t's location, of the first working day
// at or after t's day.
func (c *Calendar) NextWorkday(t time.Time) time.Time {
	d := DateOf(t)
	for !c.isWorkday(d) {
		d = d.AddDays(1)
	}
	return d.In(t.Location())
}

// AddWorkdays returns t moved by n working days, keeping its time of day:
// with n > 0 the n-th working day after t's day, with n < 0 the -n-th
// working day before it, with n = 0 t itself. "Trong 10 ngày làm việc kể từ
// ngày 03/02" ends on AddWorkdays(03/02, 10).
func (c *Calendar) AddWorkdays(t time.Time, n int) time.Time {
	d := DateOf(t)
	step := 1
	if n < 0 {
		step, n = -1, -n
	}
	for n > 0 {
		d = d.AddDays(step)
		if c.isWorkday(d) {
			n--
		}
	}
	return time.Date(d.Year, d.Month, d.Day, t.Hour(), t.Minute(), t.Second(), t.Nanosecond(), t.Location())
}

// Days returns the days the calendar names between from and to, both
// included, in order: holidays, days off and make-up days.
func (c *Calendar) Days(from, to Date) []Day {
	var out []Day
	for d, day := range c.days {
		if d.Compare(from) >= 0 && d.Compare(to) <= 0 {
			out = append(out, day)
		}
	}
	slices.SortFunc(out, func(a, b Day) int { return a.Date.Compare(b.Date) })
	return out
}
