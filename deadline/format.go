package deadline

import (
	"fmt"
	"time"
)

// Format renders an instant for users: "15/01/2021 17:00 (thứ Sáu)"; dates are dd/mm/yyyy, 24-hour times,
// weekday names "thứ Hai" … "thứ Bảy", "Chủ nhật".
func Format(t time.Time) string {
	return fmt.Sprintf(fmtInstant, FormatDate(t), fmt.Sprintf(fmtClock, t.Hour(), t.Minute()), WeekdayName(t.Weekday()))
}

// FormatDate renders "15/01/2021".
func FormatDate(t time.Time) string {
	return fmt.Sprintf(fmtDate, t.Day(), int(t.Month()), t.Year())
}

// FormatDay renders a deadline's day, with its time when it has one, as
// lists and "moved from" notes show it: "15/01/2021" or "15/01/2021 17:00".
func FormatDay(t time.Time, withTime bool) string {
	if !withTime {
		return FormatDate(t)
	}
	return FormatDate(t) + " " + clockText(t)
}

// WeekdayName returns "thứ Hai" … "thứ Bảy", "Chủ nhật".
func WeekdayName(d time.Weekday) string {
	if d < time.Sunday || d > time.Saturday {
		return ""
	}
	return weekdayNames[d]
}
