package deadline

import "time"

// Explicit years outside this range are refused.
const (
	minYear = 1900
	maxYear = 2199
)

// Precision of a deadline, used to prefer the most specific expression.
const (
	precYear = 1 + iota
	precQuarter
	precMonth
	precWeek
	precDay
)

// daysIn returns the number of days of month m in year y.
func daysIn(y, m int) int {
	return time.Date(y, time.Month(m)+1, 0, 0, 0, 0, 0, time.UTC).Day()
}

// maxDaysIn returns the most days month m has in any year.
func maxDaysIn(m int) int {
	if m == 2 {
		return 29
	}
	return daysIn(2001, m)
}

// dateIn returns midnight of y-m-d in loc; the caller has checked the date exists.
func dateIn(loc *time.Location, y, m, d int) time.Time {
	return time.Date(y, time.Month(m), d, 0, 0, 0, 0, loc)
}

// midnight returns the start of t's day.
func midnight(t time.Time) time.Time {
	y, m, d := t.Date()
	return time.Date(y, m, d, 0, 0, 0, 0, t.Location())
}

// addDays returns midnight n days after t's day.
func addDays(t time.Time, n int) time.Time {
	y, m, d := t.Date()
	return time.Date(y, m, d+n, 0, 0, 0, 0, t.Location())
}

// endOfDay returns 23:59:59 of t's day.
func endOfDay(t time.Time) time.Time {
	y, m, d := t.Date()
	return time.Date(y, m, d, 23, 59, 59, 0, t.Location())
}

// at returns t's day at h:m; 24:00 is the end of the day.
func at(t time.Time, h, m int) time.Time {
	if h >= 24 {
		return endOfDay(t)
	}
	y, mo, d := t.Date()
	return time.Date(y, mo, d, h, m, 0, 0, t.Location())
}

// past reports whether the whole day of t ends before ref.
func past(day, ref time.Time) bool {
	return endOfDay(day).Before(ref)
}

// monthShift returns the year and month n months after m/y.
func monthShift(y, m, n int) (int, int) {
	k := y*12 + m - 1 + n
	q, r := k/12, k%12
	if r < 0 {
		q, r = q-1, r+12
	}
	return q, r + 1
}

// lastOfMonth returns midnight of the last day of m/y.
func lastOfMonth(loc *time.Location, y, m int) time.Time {
	return dateIn(loc, y, m, daysIn(y, m))
}

// mondayOf returns midnight of the Monday of t's week (weeks run Monday to Sunday).
func mondayOf(t time.Time) time.Time {
	return addDays(t, -((int(t.Weekday()) + 6) % 7))
}
