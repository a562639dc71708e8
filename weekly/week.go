package weekly

import (
	"fmt"
	"strconv"
	"strings"
	"time"

	"github.com/dondoc/dondoc/tasks"
)

// Week is an ISO week: Monday to Sunday, numbered within its ISO year.
type Week struct {
	Year int
	Num  int
}

// WeekOf returns the week that contains t's date in loc.
func WeekOf(t time.Time, loc *time.Location) Week {
	y, n := t.In(loc).ISOWeek()
	return Week{Year: y, Num: n}
}

// ParseWeek reads an ISO week label such as "2021-W02" (or "2021W2"). A
// mistake is a *tasks.InputError saying how to write it.
func ParseWeek(s string) (Week, error) {
	u := strings.ToUpper(strings.TrimSpace(s))
	ys, ns, ok := strings.Cut(u, "W")
	ys = strings.TrimSuffix(ys, "-")
	y, err1 := strconv.Atoi(ys)
	n, err2 := strconv.Atoi(ns)
	if !ok || err1 != nil || err2 != nil || len(ys) != 4 || len(ns) == 0 || len(ns) > 2 {
		return Week{}, &tasks.InputError{Msg: fmtMsg(msgWeekBad, s)}
	}
	w := Week{Year: y, Num: n}
	if n < 1 || WeekOf(w.Start(time.UTC), time.UTC) != w {
		return Week{}, &tasks.InputError{Msg: fmtMsg(msgWeekNone, y, n, weeksIn(y))}
	}
	return w, nil
}

// weeksIn is the number of ISO weeks of year y, 52 or 53: the week of
// 28 December is always its last.
func weeksIn(y int) int {
	return WeekOf(time.Date(y, time.December, 28, 0, 0, 0, 0, time.UTC), time.UTC).Num
}

// String is the ISO label, "2021-W02".
func (w Week) String() string { return fmt.Sprintf("%04d-W%02d", w.Year, w.Num) }

// Start is the week's Monday at 00:00 in loc.
func (w Week) Start(loc *time.Location) time.Time {
	jan4 := time.Date(w.Year, time.January, 4, 0, 0, 0, 0, loc)
	monday1 := jan4.AddDate(0, 0, -((int(jan4.Weekday()) + 6) % 7))
	return monday1.AddDate(0, 0, 7*(w.Num-1))
}

// End is the Monday after the week at 00:00 in loc: the week is [Start, End).
func (w Week) End(loc *time.Location) time.Time { return w.Start(loc).AddDate(0, 0, 7) }

// Last is the week's Sunday (at 00:00 in loc).
func (w Week) Last(loc *time.Location) time.Time { return w.Start(loc).AddDate(0, 0, 6) }

// Next is the week after w.
func (w Week) Next() Week { return WeekOf(w.Start(time.UTC).AddDate(0, 0, 7), time.UTC) }

// Prev is the week before w.
func (w Week) Prev() Week { return WeekOf(w.Start(time.UTC).AddDate(0, 0, -7), time.UTC) }

// Contains reports whether the date of t in loc falls in the week.
func (w Week) Contains(t time.Time, loc *time.Location) bool { return WeekOf(t, loc) == w }

// RegistrationWeek is the week that registrations made at t are for: the
// week after t's week ("tuần tới"). Schedule.EntryWeek follows it except
// around a moved report; the runs of the schedule cover Kind.WeekAt.
func RegistrationWeek(t time.Time, loc *time.Location) Week { return WeekOf(t, loc).Next() }

// ResultWeek is the week that results reported at t are about: t's week,
// except on a Monday, when last week's results are still being reported.
// Schedule.EntryWeek follows it except around a moved report; the runs of
// the schedule cover Kind.WeekAt.
func ResultWeek(t time.Time, loc *time.Location) Week {
	return WeekOf(t.In(loc).AddDate(0, 0, -1), loc)
}
