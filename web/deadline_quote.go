package web

import (
	"regexp"
	"strconv"
	"time"

	"github.com/dondoc/dondoc/deadline"
	"github.com/dondoc/dondoc/vntext"
)

// writtenDays find a day and month written in digits, folded: "30/01",
// "30-1", "ngay 30 thang 1".
var writtenDays = regexp.MustCompile(`(?:^|\D)(\d{1,2})\s*[/.-]\s*(\d{1,2})(?:\D|$)|ngay\s+(\d{1,2})\s+thang\s+(\d{1,2})`)

// deadlineQuote returns the words of a task's deadline worth quoting after
// the deadline shown (shown, the instant at): "" when they say no more
// than it, that is when they write its day in digits and read as the
// same deadline ("30/01/2021", "hạn 30/1" after "30/01/2021"), so that the
// page does not read "30/01/2021 (“30/01/2021”)"; the words otherwise
// ("trước Tết", "trong 10 ngày làm việc").
func deadlineQuote(text, shown string, at time.Time) string {
	if text == "" || !writesDay(vntext.Fold(text), at) {
		return text
	}
	d, err := deadline.Parse(text, at.AddDate(0, 0, -1))
	if err != nil || d.Rule != nil {
		return text
	}
	read := deadline.FormatDate(d.Time.In(at.Location()))
	if d.HasTime {
		read = deadline.Format(d.Time.In(at.Location()))
	}
	if read == shown {
		return ""
	}
	return text
}

// writesDay reports whether folded writes at's day and month in digits.
func writesDay(folded string, at time.Time) bool {
	for _, m := range writtenDays.FindAllStringSubmatch(folded, -1) {
		day, month := m[1], m[2]
		if day == "" {
			day, month = m[3], m[4]
		}
		d, _ := strconv.Atoi(day)
		mo, _ := strconv.Atoi(month)
		if d == at.Day() && time.Month(mo) == at.Month() {
			return true
		}
	}
	return false
}
