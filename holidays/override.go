package holidays

import (
	"fmt"
	"strings"
	"time"

	"github.com/dondoc/dondoc/internal/inputerr"
)

// InputError says, in Vietnamese, what is wrong with a day an admin typed.
// It is tasks.InputError (package holidays cannot import tasks, which
// imports it), so that callers answer both alike.
type InputError = inputerr.Error

// ParseDate reads a date as officials type it: 16/03/2026, 16-3-2026,
// 16.03.2026 or 2026-03-16.
func ParseDate(s string) (Date, error) {
	s = strings.TrimSpace(s)
	if t, err := time.Parse(time.DateOnly, s); err == nil {
		return DateOf(t), nil
	}
	norm := strings.NewReplacer("-", "/", ".", "/").Replace(s)
	t, err := time.Parse("2/1/2006", norm)
	if err != nil {
		return Date{}, &InputError{Msg: fmt.Sprintf(msgBadDate, s)}
	}
	return DateOf(t), nil
}

// Label is the date with its weekday, as people read it:
// "16/03/2026 (thứ Hai)".
func (d Date) Label() string {
	return fmt.Sprintf(labelDate, d, weekdayNames[d.Weekday()])
}

// CheckOverride says, as an *InputError, why an organisation's own day
// makes no sense against c: a make-up working day on what is already a
// working day, or a day off on what is already a day off. nil when it is
// sensible.
func (c *Calendar) CheckOverride(o Override) error {
	work := c.isWorkday(o.Date)
	switch {
	case o.Workday && work:
		return &InputError{Msg: fmt.Sprintf(msgAlreadyWorkday, o.Date.Label())}
	case !o.Workday && !work:
		what := weekdayNames[o.Date.Weekday()]
		if name := c.days[o.Date].Name; name != "" {
			what = name
		}
		return &InputError{Msg: fmt.Sprintf(msgAlreadyOff, o.Date.Label(), what)}
	}
	return nil
}

// DefaultName is the name of an organisation's own day when the admin gave
// none.
func DefaultName(workday bool) string {
	if workday {
		return nameOrgWorkday
	}
	return nameOrgDayOff
}

// RestReason says why t's day is not a working day, in words that follow
// "là": "Chủ nhật", "thứ Bảy", "ngày nghỉ Tết Nguyên đán"; "" for a working
// day.
func (c *Calendar) RestReason(t time.Time) string {
	d := DateOf(t)
	if c.isWorkday(d) {
		return ""
	}
	if name := c.days[d].Name; name != "" {
		return fmt.Sprintf(reasonHoliday, name)
	}
	return weekdayNames[d.Weekday()]
}
