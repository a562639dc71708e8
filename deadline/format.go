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

// WeekdayName returns "thứ Hai" … "thứ Bảy", "Chủ nhật".
func WeekdayName(d time.Weekday) string {
	if d < time.Sunday || d > time.Saturday {
		return ""
	}
	return weekdayNames[d]
}
