package deadline

import (
	"fmt"
	"strings"
	"time"
)

// Every Vietnamese string the package produces lives in this file.

var weekdayNames = [7]string{"Chủ nhật", "thứ Hai", "thứ Ba", "thứ Tư", "thứ Năm", "thứ Sáu", "thứ Bảy"}

var daypartNames = map[string]string{
	"sang":  "sáng",
	"trua":  "trưa",
	"chieu": "chiều",
	"toi":   "tối",
	"dem":   "đêm",
}

const (
	fmtError    = "“%s”: %s"
	fmtDate     = "%02d/%02d/%04d"
	fmtClock    = "%02d:%02d"
	fmtInstant  = "%s %s (%s)"
	fmtDayOnly  = "%s (%s)"
	fmtRuleNext = "%s, hạn gần nhất %s"

	fmtRuleAt       = "%02d:%02d %s"
	msgDaily        = "hằng ngày"
	fmtWeekly       = "%s hằng tuần"
	msgEndOfWeek    = "cuối mỗi tuần"
	fmtMonthly      = "ngày %d hằng tháng"
	msgEndOfMonth   = "cuối mỗi tháng"
	fmtQuarterly    = "ngày %d của tháng cuối mỗi quý"
	msgEndOfQuarter = "cuối mỗi quý"
	msgSemiannual   = "mỗi 6 tháng"
	fmtYearly       = "ngày %02d/%02d hằng năm"
	fmtYearlyMonth  = "cuối tháng %d hằng năm"
	msgEndOfYear    = "cuối mỗi năm"

	msgExample = "xin ghi ví dụ “trước 17h ngày 15/1”, “cuối tháng” hoặc “thứ 5 hàng tuần”"
)

func reasonEmpty() string {
	return "chưa có thời hạn; " + msgExample
}

func reasonNotDeadline() string {
	return "không nhận ra thời hạn; " + msgExample
}

func reasonLeftover(part string) string {
	return fmt.Sprintf("chưa hiểu phần “%s”; xin chỉ ghi một thời hạn, ví dụ “trước 17h ngày 15/1”", part)
}

func reasonMonth(m int) string {
	return fmt.Sprintf("tháng %d không tồn tại: một năm chỉ có 12 tháng", m)
}

func reasonDay(d int) string {
	if d < 1 {
		return fmt.Sprintf("ngày %d không tồn tại: ngày trong tháng bắt đầu từ 1", d)
	}
	return fmt.Sprintf("ngày %d không tồn tại: một tháng có nhiều nhất 31 ngày", d)
}

func reasonDayInMonth(d, m int) string {
	days := fmt.Sprint(maxDaysIn(m))
	if m == 2 {
		days = "28 hoặc 29"
	}
	return fmt.Sprintf("ngày %02d/%02d không tồn tại: tháng %d chỉ có %s ngày", d, m, m, days)
}

func reasonDayInMonthYear(d, m, y int) string {
	return fmt.Sprintf("ngày %02d/%02d/%d không tồn tại: tháng %d năm %d chỉ có %d ngày", d, m, y, m, y, daysIn(y, m))
}

func reasonYear(y int) string {
	return fmt.Sprintf("năm %d không hợp lệ: xin ghi năm từ %d đến %d", y, minYear, maxYear)
}

func reasonYearDigits(s string, year int) string {
	return fmt.Sprintf("năm “%s” không rõ: xin ghi năm đủ 4 chữ số, ví dụ %d", s, year)
}

func reasonHour(h int) string {
	return fmt.Sprintf("%d giờ không tồn tại: giờ trong ngày chỉ từ 0 đến 24", h)
}

func reasonMinute(h, m int) string {
	return fmt.Sprintf("%d giờ %d phút không hợp lệ: phút chỉ từ 0 đến 59", h, m)
}

func reasonAfter24(m int) string {
	return fmt.Sprintf("24 giờ %d phút không hợp lệ: sau 24 giờ đã sang ngày hôm sau", m)
}

func reasonDaypart(h int, part string) string {
	name := daypartNames[part]
	return fmt.Sprintf("%d giờ %s không hợp lệ: buổi %s không có %d giờ", h, name, name, h)
}

func reasonWeekday(n int) string {
	return fmt.Sprintf("thứ %d không tồn tại: xin dùng thứ 2 đến thứ 7 hoặc Chủ nhật", n)
}

func reasonQuarter(q string) string {
	return fmt.Sprintf("quý %s không tồn tại: một năm chỉ có 4 quý (I, II, III, IV)", strings.ToUpper(q))
}

func reasonWeekdayMismatch(date string, actual, written int) string {
	return fmt.Sprintf("ngày %s là %s, không phải %s; xin kiểm tra lại ngày hoặc thứ", date, weekdayNames[actual], weekdayNames[written])
}

func reasonTooLong(n int, unit string) string {
	names := map[string]string{
		"ngay":  "ngày",
		"tuan":  "tuần",
		"thang": "tháng",
		"gio":   "giờ",
	}
	return fmt.Sprintf("thời gian %d %s quá dài: xin ghi ngày cụ thể", n, names[unit])
}

func reasonPassedClock(t, next time.Time) string {
	return fmt.Sprintf("%s hôm nay đã qua; nếu là %s ngày mai, xin ghi rõ ngày, ví dụ “%s”",
		clockText(t), clockText(next), Example(next, true))
}

// reasonPassedDay: a day already past, when next was probably meant; the
// writer is asked to write the date in full.
func reasonPassedDay(t, next time.Time, hasTime bool) string {
	return reasonPassedOn(t, next, hasTime, "ngày")
}

// reasonPassedYear: a day of a year already past; the writer is asked to
// write the year.
func reasonPassedYear(t, next time.Time, hasTime bool) string {
	return reasonPassedOn(t, next, hasTime, "năm")
}

// reasonPassedOn says that t has passed, that next may be meant, and asks
// to write what (ngày, năm) in full.
func reasonPassedOn(t, next time.Time, hasTime bool, what string) string {
	when := "ngày " + FormatDate(t)
	if hasTime {
		when = Format(t)
	}
	return fmt.Sprintf("%s đã qua; nếu là ngày %s, xin ghi rõ %s, ví dụ “%s”", when, FormatDate(next), what, Example(next, hasTime))
}

func reasonPassedWeekday(t, next time.Time) string {
	return fmt.Sprintf("%s đã qua; nếu là %s tuần sau, xin ghi rõ ngày, ví dụ “%s”",
		Format(t), WeekdayName(next.Weekday()), Example(next, true))
}

func reasonTwo(a, b string, ref time.Time) string {
	return fmt.Sprintf("chưa rõ thời hạn vì có cả “%s” và “%s”; xin ghi một thời hạn duy nhất, ngày và giờ liền nhau, ví dụ “%s”", a, b, exampleAhead(ref))
}

// exampleAhead is an example deadline a week after ref, written in full.
func exampleAhead(ref time.Time) string {
	return "trước " + Example(at(addDays(ref, 7), 17, 0), true)
}

func clockText(t time.Time) string {
	return fmt.Sprintf(fmtClock, t.Hour(), t.Minute())
}

// Example writes an instant the way a user would type it, the date as
// dd/mm/yyyy: "17h ngày 08/01/2021", "17h30 ngày 08/01/2021", or "ngày
// 08/01/2021" without a time. Parse reads it back as t.
func Example(t time.Time, hasTime bool) string {
	day := fmt.Sprintf("ngày %02d/%02d/%04d", t.Day(), int(t.Month()), t.Year())
	switch {
	case !hasTime:
		return day
	case t.Hour() == 23 && t.Minute() == 59 && t.Second() == 59:
		return "24h " + day
	case t.Minute() == 0:
		return fmt.Sprintf("%dh %s", t.Hour(), day)
	}
	return fmt.Sprintf("%dh%02d %s", t.Hour(), t.Minute(), day)
}

// joinAnd joins names as Vietnamese lists them: "a", "a và b", "a, b và c".
func joinAnd(names []string) string {
	if len(names) < 2 {
		return strings.Join(names, "")
	}
	return strings.Join(names[:len(names)-1], ", ") + " và " + names[len(names)-1]
}

func reasonManyWeekdays(set WeekdaySet) string {
	return fmt.Sprintf("có nhiều ngày (%s) mà không ghi “hằng tuần”; xin ghi một thời hạn, hoặc thêm “hằng tuần” nếu việc lặp lại", Rule{Weekday: firstOf(set), Also: set}.weekdayNames())
}

func firstOf(set WeekdaySet) time.Weekday {
	for k := 1; k <= 7; k++ {
		if wd := time.Weekday(k % 7); set.Has(wd) {
			return wd
		}
	}
	return time.Sunday
}

func reasonClockAndDay(clock, day string, ref time.Time) string {
	return fmt.Sprintf("chưa rõ “%s” là giờ của ngày nào, vì câu có ghi “%s”; xin ghi giờ liền với ngày, ví dụ “%s”", clock, day, exampleAhead(ref))
}

func reasonNoTet(y int, solar bool) string {
	if solar {
		return fmt.Sprintf("không tìm được ngày làm việc trước Tết Dương lịch năm %d: xin ghi ngày cụ thể, ví dụ “trước ngày 31/12/%d”", y, y-1)
	}
	return fmt.Sprintf("chưa có lịch nghỉ Tết Nguyên đán năm %d: xin ghi ngày cụ thể, ví dụ “trước ngày 31/01/%d”", y, y)
}

func reasonLunar() string {
	return "ngày âm lịch chưa được đọc làm thời hạn: xin ghi ngày dương lịch, ví dụ “trước ngày 31/12”"
}
