package deadline

import (
	"time"

	"github.com/dondoc/dondoc/holidays"
)

// Calendar tells working days from days off. The holiday calendar (public holidays, Tết,
// make-up working days) satisfies it; so does MondayToFriday.
type Calendar interface {
	IsWorkday(day time.Time) bool
}

// MondayToFriday is the calendar without holidays: Monday to Friday are working days.
type MondayToFriday struct{}

// IsWorkday reports whether day is a Monday to Friday.
func (MondayToFriday) IsWorkday(day time.Time) bool {
	wd := day.Weekday()
	return wd != time.Saturday && wd != time.Sunday
}

// Reader reads deadline phrases with a calendar of working days ("trong 10 ngày làm việc").
// The zero Reader, like Find and Parse, uses the national calendar (holidays.Vietnam: weekends,
// public holidays and Tết off, make-up Saturdays worked); give an organisation's calendar
// (with its own days off and make-up days) where it is known.
type Reader struct {
	Calendar Calendar
	// Typed reads the text as a command someone typed (/giao, /giahan): it is always a
	// request, so a day opening it ("Ngày 15/12, Phòng KTHT nộp …", "Sáng 15/12, …") is its
	// deadline, never the scene of a story, and "trong 24 giờ tới" is a window of work, never
	// a forecast. The zero Reader reads published texts (conclusions, news).
	Typed bool
}

// parser returns a parser of text in the reader's mode.
func (r Reader) parser(text string, ref time.Time) *parser {
	p := newParser(text, ref, r.calendar())
	p.typed = r.Typed
	return p
}

func (r Reader) calendar() Calendar {
	if r.Calendar == nil {
		return holidays.Vietnam()
	}
	return r.Calendar
}

// maxWorkdaySearch bounds the days looked at when counting working days, so that a
// calendar with no working day at all cannot loop forever.
const maxWorkdaySearch = 20000

// addWorkdays returns midnight of the day n working days after t's day; ok is false when
// the calendar has too few working days.
func addWorkdays(cal Calendar, t time.Time, n int) (time.Time, bool) {
	day := midnight(t)
	for k := 0; n > 0; k++ {
		if k > maxWorkdaySearch {
			return time.Time{}, false
		}
		day = addDays(day, 1)
		if cal.IsWorkday(day) {
			n--
		}
	}
	return day, true
}
