// Package deadline turns a Vietnamese deadline phrase ("trước 17h ngày 15/1",
// "cuối quý II/2021", "thứ 5 hàng tuần") into an instant or a recurring rule.
//
// Input may be accented or not, in any case, NFC or NFD; offsets always refer to
// the original bytes. Choices made for ambiguous phrases:
//
//   - A date without a year is its next occurrence: the first year in which the
//     date's end of day is not before the reference. "29/2" in a year that is not
//     a leap year is an error, never 1/3. Months, quarters and "6 tháng đầu năm"
//     without a year work the same way with their last day.
//   - A date without a time ends at 23:59:59. "24h" is 23:59:59 of that day.
//   - A clock time alone ("trước 17h") is today's; once passed it is refused as Passed
//     (suggesting tomorrow's); "17h chiều nay" is always today's, and once passed refused as
//     Passed too.
//   - A bare weekday is the next such day on or after the reference day; with
//     "tuần này/sau/tới/trước" it is that day of the given Monday–Sunday week.
//   - Periods mean their last day: "cuối tuần" and "trong tuần" are Sunday,
//     "tuần sau" next Sunday, "trong tháng"/"cuối tháng" the month's last day,
//     "quý II" 30/6, "6 tháng đầu năm" 30/6, "6 tháng cuối năm" 31/12, a bare
//     "3/6/9 tháng" the end of that month of the year, "năm 2025" 31/12/2025.
//     "đầu tháng 3" is 10/3 and "giữa tháng 3" 15/3; "đầu năm"/"đầu tuần" are refused.
//     "trong hai/ba tháng còn lại (của năm)" and "những tháng còn lại" are 31/12 (a count
//     that is not what is left of the year must name the year: "… của năm"). "tuần đầu
//     tháng 11" is 7/11 and "tuần cuối tháng 11" 30/11.
//   - "trước Tết" ("trước (dịp) Tết Nguyên đán (Bính Ngọ) 2026", "Tết Âm lịch", "Tết cổ
//     truyền") is the end of the last working day before the Tết break of the holiday calendar
//     (13/02/2026: the break starts Saturday 14/02); "trước Tết Dương lịch" the last working day
//     before 1/1. Without a year it is the next Tết not yet past. Only "trước" makes Tết a
//     deadline: "sau Tết", "trong dịp Tết" are not.
//   - "trong/sau/thời hạn N ngày|tuần|tháng" counts from the reference day (end of day); N may
//     be written in words ("mười ngày", "hai mươi mốt ngày") or twice ("hai (02) tháng");
//     "trong N ngày làm việc" skips weekends and public holidays (a Calendar, the national one by
//     default), "kể từ ngày …" moves the start; "trong N giờ" is exact. Hours need a duration
//     word ("trong", "trong vòng", "sau"); after "hạn"/"thời hạn" they are a duration only
//     above 24 and with no day next to them: "hạn 17h 20/2" is 17:00 on 20/2, "hạn 48h" a duration.
//     "trong N tháng đầu năm" and "trong 6 tháng năm 2021" are periods, not durations.
//   - A time next to a day, before or after it, is a time on that day; "0h" starts the day
//     and "24h" ends it; "4h chiều" is 16:00, "8 giờ tối" 20:00. A part of the day before a
//     day without a time ends with it: "sáng ngày 24/8" is 12:00, "chiều" 18:00, "tối" 24:00.
//   - A range of dates ("28/9/2019-29/9/2019") means its last day.
//   - Nothing is dropped: a date or time next to the phrase and left unread, two deadlines in
//     one task (FindOne), several weekdays without "hằng tuần", or a deadline without a date
//     of its own (a time, a weekday, "ngày 5", a period) in a text that names a date to come,
//     are an *Error of Kind Unused. A time already past with a bare weekday or with no day
//     ("trước 17h thứ 5" on a Thursday evening) is an *Error of Kind Passed whose Suggest is
//     the next such instant: a caller asks, never guesses.
//   - A part of today or tomorrow ("chiều nay", "sáng mai") is that day, ending like "chiều ngày
//     15/12" (12:00, 18:00, 24:00); "Sáng nay 8/4/2021" and "Chiều nay (3/12)" leave the day to the
//     date. Near midnight, in the reference's zone (the organisation's), in a typed command
//     (Reader.Typed): until 04:00 people still speak of the day before as today, so at 00:30 on
//     4/12 "sáng mai" is 12:00 on 4/12 (the morning a few hours away, as the official who has not
//     slept means it) and "tối nay", "chiều nay", "hôm nay" name 3/12; a published text, dated
//     rather than typed at night, keeps the calendar. A day named from today that is already
//     over ("chiều nay" at 23:50, "tối nay" at 00:30) is refused as Passed, suggesting the same
//     part of the next day, for the caller to ask. Opening a sentence, tomorrow ("Ngày mai, …", "Sáng mai, …", "Tuần sau, …") is when the
//     work is due, never the scene of a story; today is a scene when a subject follows ("Sáng nay,
//     Thủ tướng chủ trì …").
//   - A recurring phrase gives a Rule; the Deadline's Time is its next occurrence. "định kỳ 6
//     tháng", "mỗi 6 tháng", "6 tháng một lần", "6 tháng/lần" are Semiannual (30/6 and 31/12);
//     "6 tháng đầu năm" is a half year, not a cycle. How often is a cycle too: "3 tháng một lần",
//     "quý/lần", "1 lần/tháng" (once.go); a count no rule has ("2 tuần một lần") is unread.
//     A rule without a day ends on the period's last day ("hàng tuần": Sunday). A weekly
//     rule may have several days ("thứ Hai và thứ Sáu hằng tuần"). A bare recurrence that
//     opens a sentence takes the time written later ("Hằng ngày, … trước 16h"); "hằng ngày"
//     inside a noun ("nước thải sinh hoạt hằng ngày") is no deadline.
//   - A weekday written with a date ("thứ Sáu, ngày 15/1/2021") must agree with it.
//   - Months may be written in words ("tháng Mười Hai", "ngày 15 tháng Mười Một"); "nửa đầu năm"
//     is 30/6 and "nửa cuối năm" 31/12. Days of one month written as a range ("từ ngày 20-26/6",
//     "vào ngày 1-2/9") and a range after "từ" ("từ ngày 28/11 - 3/12") mean the last day. Two
//     periods joined with "và" ("trong tháng 5 và tháng 6 năm 2025") mean the end of the later.
//   - "không quá N ngày (làm việc)" and "tối đa N ngày" are durations. A duration counted "kể từ
//     ngày nhận được / ký / ban hành" counts from the reference; one counted from an event the text
//     does not date ("kể từ khi được giao đất") gives no deadline, nor does a period of validity
//     ("có hiệu lực … sau 10 ngày kể từ ngày ký") or a forecast's window ("Dự báo trong 12 giờ
//     tới, …": a forecast word in the clause, no "phải" or "hạn" in the text).
//   - Find reads a sentence as published texts write it (context.go): a date opening it and
//     followed by a comma and a named subject tells a story ("Ngày 29-1, UBND phường … tổ chức
//     …"), unless an obligation follows ("phải", "hạn"); the date after a document's number is that
//     document's ("Công văn số 4079/UBND-KT ngày 19/6"); "tính đến …" is a count, "đến (hết) ngày
//     X, … đã …" and "đến/vào" with a past day of a written year are reports; spans of hours or
//     weekdays ("từ 7 giờ đến 11 giờ", "từ thứ Hai đến thứ Sáu hằng tuần") are office hours (but
//     "từ 8 giờ đến 11 giờ ngày 15/12" is a window of work ending on that day); a span a figure is
//     counted over ("tính từ … đến …", "Số liệu báo cáo 6 tháng đầu năm") or a report covers
//     ("báo cáo kết quả … từ ngày … đến ngày …"), how things stand at a day ("Đến ngày 4.1, … vẫn
//     chưa …"), a pause ("tạm dừng … từ ngày 25 đến 30-6"), the subject of a document cited by its
//     number ("Công văn số …/… về việc … trong các tháng cuối năm"), "phải đến … mới …", the tasks
//     a review is about ("rà soát các nhiệm vụ trong tháng 2") and a kind of report a sentence
//     defines ("Báo cáo định kỳ hằng tháng là …") are no deadlines; spans
//     of days off and "ngày nghỉ hằng tuần" are no work; the horizon of "với mục tiêu …", "tầm
//     nhìn …" is no deadline; a period without a lead word named after "kết quả", "tình hình",
//     "sơ kết" is what a report is about; "trùng vào thứ Bảy" names a weekday, and the day a thing
//     is "chuyển sang" is its new deadline. A past day written with "trước" or "hạn" stays a
//     deadline, for the caller to refuse as a typing error. A day without its year that fell in
//     the month before the reference is that past day (past.go): a story with "vào"/"đến", the
//     relayed limit as written with "trước"/"chậm nhất" ("trước ngày 16-10" on 1/11). "đến năm
//     2030" is a horizon, not a limit (horizon.go); closures ("tạm đóng", "đóng cửa") are pauses;
//     two times as a span are hours with or without "từ"; the year ending a list of periods
//     belongs to each; a period glossed in parentheses by past days is past; of two limits that
//     do not nest the first written is the sentence's; a year opening a clause that asks for work
//     ("Năm 2027, xã phấn đấu …") is its year (opening.go), and so is one a leader's speech
//     obliges ("nhấn mạnh năm 2025 phải …") or one written without "năm" ending a clause after
//     "vào"/"trước" ("… vào 2025"); a lead word written with another tone is another word ("quan
//     trọng", "Đền Hùng": tone.go). Three or more dates listed with no deadline word ("vào các
//     mốc 19/4, 19/8 và 19/12") are a calendar of occasions; a year in the purpose of the work
//     with a verb of carrying out ("Danh mục dự án … để thực hiện trong năm 2022") is the period
//     of the planned work; a period dating an activity a "là" clause describes ("đây là một hoạt
//     động quan trọng trong tháng 4") is when it happens: none of them is a limit.
//   - A Reader with Typed set reads a command someone typed (/giao, /giahan): always a request,
//     so a day opening it, with or without its comma ("Ngày 15/12, Phòng KTHT nộp …", "Ngày
//     20/12 Phòng Nội vụ gửi …", "Sáng 15/12, …"), is its deadline and "trong 24 giờ tới" is
//     never a forecast. A day without a year that fell in the 60 days before ("trước ngày 5/12"
//     typed on 7/12) and a time "hôm qua" are refused as Passed, suggesting next year's day and
//     today's (or tomorrow's) time, for the person to confirm.
//   - Words that folding makes alike are told apart by their tone when the text has diacritics:
//     only "từ" starts a span ("chủ đầu tư trước ngày 20/12" is due on 20/12), "thứ tự" is no
//     "thứ tư" (start.go, written.go); a text typed without diacritics reads the same words folded,
//     with the neighbours that make them other words ("dau tu", "de nghi", "can bo") left out.
package deadline

import (
	"fmt"
	"time"
)

// Deadline is a parsed deadline expression.
type Deadline struct {
	Time       time.Time // the instant, in the reference time's location; for a Rule, its first occurrence after the reference
	HasTime    bool      // a clock time was written; otherwise Time is 23:59:59 of the day
	Rule       *Rule     // non-nil for a recurring deadline
	Text       string    // the phrase exactly as written in the input, including its lead word ("trước 17h ngày 15/1")
	Lead       bool      // Text opens with a lead word (trước, chậm nhất, hạn, đến hết, trong …) or is a duration
	Start, End int       // byte offsets of Text in the input given to Parse or Find
}

// String renders the deadline for users: "15/01/2021 17:00 (thứ Sáu)", "15/01/2021 (thứ Sáu)"
// without a time, or the rule followed by its next occurrence.
func (d Deadline) String() string {
	s := fmt.Sprintf(fmtDayOnly, FormatDate(d.Time), WeekdayName(d.Time.Weekday()))
	if d.HasTime {
		s = Format(d.Time)
	}
	if d.Rule != nil {
		return fmt.Sprintf(fmtRuleNext, d.Rule.String(), s)
	}
	return s
}

// ErrorKind tells why a deadline phrase was not read.
type ErrorKind int

// The kinds of Error.
const (
	// Invalid: the phrase names an impossible or malformed date or time.
	Invalid ErrorKind = iota
	// Unused: the phrase leaves a date or time next to it unread ("hạn 15/1 hoặc 20/1"), or the
	// text writes two different deadlines; Other quotes the second one.
	Unused
	// Passed: the phrase was already past when typed, and another instant is probably
	// meant ("trước 17h thứ 5" on a Thursday evening); Suggest holds it.
	Passed
)

// Error is a deadline that cannot be read as one instant; Reason is a short polite Vietnamese
// explanation a user can act on, e.g. "ngày 30/02/2021 không tồn tại: tháng 2 năm 2021 chỉ có 28 ngày".
// A caller must never pick an instant itself: it refuses with Reason, or, for Passed, may offer
// Suggest for the user to confirm.
type Error struct {
	Phrase, Reason string
	Kind           ErrorKind
	Other          string    // Unused: the other date, time or deadline, as written
	Suggest        *Deadline // Passed: the instant probably meant, with Text the phrase as written
}

// Error returns the phrase and the reason.
func (e *Error) Error() string {
	if e.Phrase == "" {
		return e.Reason
	}
	return fmt.Sprintf(fmtError, e.Phrase, e.Reason)
}
