package deadline

import (
	"regexp"
	"strconv"
	"time"

	"github.com/dondoc/dondoc/vntext"
)

// writtenDays find a day and month written in digits, folded: "30/01",
// "30-1", "ngay 30 thang 1".
var writtenDays = regexp.MustCompile(`(?:^|\D)(\d{1,2})\s*[/.-]\s*(\d{1,2})(?:\D|$)|ngay\s+(\d{1,2})\s+thang\s+(\d{1,2})`)

// Restates reports whether text, the words a deadline was given in, say
// no more than the deadline itself (at, with a clock time when hasTime):
// they write its day in digits and read as the same deadline
// ("30/01/2021", "hạn 30/1", "17h ngày 30/1" for 30/01 17:00). Words such
// as "trước Tết", "cuối tháng 1" or "trong 10 ngày làm việc" say more
// than the date, and a page showing the date may still quote them.
func Restates(text string, at time.Time, hasTime bool) bool {
	if text == "" {
		return true
	}
	if !writesDay(vntext.Fold(text), at) {
		return false
	}
	d, err := Parse(text, at.AddDate(0, 0, -1))
	if err != nil || d.Rule != nil || d.HasTime != hasTime {
		return false
	}
	read := d.Time.In(at.Location())
	if hasTime {
		return read.Equal(at)
	}
	y, m, day := read.Date()
	ay, am, aday := at.Date()
	return y == ay && m == am && day == aday
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
