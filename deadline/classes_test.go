package deadline

import (
	"errors"
	"testing"
	"time"
)

// findCase is a sentence, the moment it is typed and the instant Find must read.
type findCase struct {
	text    string
	ref     time.Time
	want    string // layout
	hasTime bool
}

func checkFind(t *testing.T, tests []findCase) {
	t.Helper()
	for _, tt := range tests {
		d, ok, err := Find(tt.text, tt.ref)
		if err != nil || !ok {
			t.Errorf("Find(%q) ok %v err %v, want %s", tt.text, ok, err, tt.want)
			continue
		}
		if got := d.Time.Format(layout); got != tt.want || d.HasTime != tt.hasTime {
			t.Errorf("Find(%q) = %s (has time %v), want %s (has time %v)", tt.text, got, d.HasTime, tt.want, tt.hasTime)
		}
		checkSpan(t, tt.text, d)
	}
}

// TestTimeNextToDay: a clock time written before or after a day, in any of their forms, is a
// time on that day, never a number of hours from now.
func TestTimeNextToDay(t *testing.T) {
	checkFind(t, []findCase{
		{"Phòng Văn hóa gửi kế hoạch tổ chức lễ hội, hạn 9h 3/3/2031", refThu, "2031-03-03 09:00:00", true},
		{"UBND các xã nộp hồ sơ, thời hạn 10 giờ ngày 12/6/2031.", refThu, "2031-06-12 10:00:00", true},
		{"Phòng Y tế báo cáo số ca bệnh hạn 15g30 thứ Ba tuần sau", refThu, "2021-01-12 15:30:00", true},
		{"Trung tâm Y tế hoàn thiện phương án chậm nhất 8 giờ 45 phút ngày 7 tháng 7 năm 2030", refThu, "2030-07-07 08:45:00", true},
		{"Đoàn kiểm tra làm việc với xã ngày 9/4 lúc 14 giờ", refThu, "2021-04-09 14:00:00", true},
		{"gửi dự thảo về Văn phòng hạn 16h ngày mai", refThu, "2021-01-08 16:00:00", true},
		{"các phòng rà soát số liệu, xong trước 11h hôm nay", refThu, "2021-01-07 11:00:00", true},
		{"Hạt Kiểm lâm báo cáo trước 17h cuối tuần", refThu, "2021-01-10 17:00:00", true},
		{"Phòng Tư pháp thẩm định, hạn 9h00' 20/5", refThu, "2021-05-20 09:00:00", true},
		{"Phòng Nội vụ tổng hợp, hạn 17g 20.2.2031", refThu, "2031-02-20 17:00:00", true},
		{"Chi cục Thuế nộp báo cáo thời hạn 8 giờ, ngày 05-03-2031", refThu, "2031-03-05 08:00:00", true},
		{"hoàn thành trước ngày 15/1, 16h30", refThu, "2021-01-15 16:30:00", true},
		{"xã Quảng Lợi gửi danh sách hạn 7h thứ Sáu, ngày 22/1/2021", refThu, "2021-01-22 07:00:00", true},
		{"hạn 17h ngày 20 tháng 2", refThu, "2021-02-20 17:00:00", true},
		{"các đoàn thể ra quân vào ngày 28/1/2021-29/1/2021", refThu, "2021-01-29 23:59:59", false},
		{"gửi hồ sơ về Sở Tài nguyên và Môi trường trước ngày 28-10", refThu, "2021-10-28 23:59:59", false},
		{"giao phòng hoàn thiện hồ sơ, xong trước 30.8 lúc 16h", refThu, "2021-08-30 16:00:00", true},
		{"tổ chức kiểm tra trong ngày 28/1 - 29/1", refThu, "2021-01-29 23:59:59", false},
	})
}

// TestDurations: hours after a duration word are counted from now; "hạn N giờ" is a duration
// only when N is more than a day has; a bare time is today's while it is still ahead.
func TestDurations(t *testing.T) {
	checkFind(t, []findCase{
		{"Phòng Tư pháp trả lời trong 72 giờ", refThu, "2021-01-10 09:00:00", true},
		{"các xã khắc phục sự cố trong vòng 36 giờ", refThu, "2021-01-08 21:00:00", true},
		{"đội phản ứng nhanh có mặt sau 3 giờ", refThu, "2021-01-07 12:00:00", true},
		{"Ban Chỉ huy báo cáo trong vòng 12h", refThu, "2021-01-07 21:00:00", true},
		{"Công an xã xác minh, hạn 72h", refThu, "2021-01-10 09:00:00", true},
		{"xử lý dứt điểm trong 5 tiếng", refThu, "2021-01-07 14:00:00", true},
		{"Văn phòng gửi giấy mời, hạn 17h", refThu, "2021-01-07 17:00:00", true},
		{"Văn phòng gửi giấy mời thời hạn 23 giờ 30", refThu, "2021-01-07 23:30:00", true},
		{"Báo cáo danh sách người dân đến địa bàn trước 14 h00’ ngày mai", refThu, "2021-01-08 14:00:00", true},
	})
}

// TestPartOfDay: "chiều", "tối", "sáng", "trưa" move the hour; "0h" is the start of the day
// and "24h" its end.
func TestPartOfDay(t *testing.T) {
	checkFind(t, []findCase{
		{"Phòng Kinh tế nộp báo cáo trước 4h chiều 20/1", refThu, "2021-01-20 16:00:00", true},
		{"họp trực tuyến, hạn đăng ký 8 giờ tối ngày mai", refThu, "2021-01-08 20:00:00", true},
		{"các xã gửi số liệu hạn 10h sáng thứ Hai tuần sau", refThu, "2021-01-11 10:00:00", true},
		{"gửi tờ trình chậm nhất 12h trưa 15/1", refThu, "2021-01-15 12:00:00", true},
		{"Phòng Giáo dục hoàn thành hạn 0h ngày 1/3/2031", refThu, "2031-03-01 00:00:00", true},
		{"Phòng Giáo dục hoàn thành hạn 24h ngày 1/3/2031", refThu, "2031-03-01 23:59:59", true},
		{"Phòng Y tế báo cáo tình hình trước 9h sáng thứ Sáu, ngày 22/1/2021", refThu, "2021-01-22 09:00:00", true},
		{"chậm nhất 3 giờ chiều thứ 7 tuần này", refThu, "2021-01-09 15:00:00", true},
		{"hạn 7 giờ 30 tối 16/1", refThu, "2021-01-16 19:30:00", true},
	})
}

// errCase is a sentence Find must refuse with an error of kind, quoting other when set.
type errCase struct {
	text  string
	ref   time.Time
	kind  ErrorKind
	other string
}

func checkFindErr(t *testing.T, find func(string, time.Time) (Deadline, bool, error), tests []errCase) {
	t.Helper()
	for _, tt := range tests {
		d, ok, err := find(tt.text, tt.ref)
		var e *Error
		if ok || !errors.As(err, &e) {
			t.Errorf("%q: ok %v err %v (%s), want an error", tt.text, ok, err, d.Time.Format(layout))
			continue
		}
		if e.Kind != tt.kind || tt.other != "" && e.Other != tt.other {
			t.Errorf("%q: kind %v other %q, want %v %q", tt.text, e.Kind, e.Other, tt.kind, tt.other)
		}
		if e.Reason == "" || e.Phrase == "" {
			t.Errorf("%q: error without a phrase or reason: %+v", tt.text, e)
		}
		checkSpan(t, tt.text, d)
	}
}

// TestNothingDropped: a date or time next to a deadline that it leaves unread, or two
// deadlines in a text that holds one task, are refused rather than one of them chosen.
func TestNothingDropped(t *testing.T) {
	checkFindErr(t, Find, []errCase{
		{"Phòng Tài chính gửi dự toán hạn 15/1 hoặc 20/1", refThu, Unused, "20/1"},
		{"ngày 20/2/2031, hạn 17h gửi báo cáo", refThu, Unused, "ngày 20/2/2031"},
		{"Phòng Văn hóa báo cáo kết quả hội nghị ngày 5/3/2031. Hạn 17h", refThu, Unused, "ngày 5/3/2031"},
		{"hạn 10g! 1.1.2031", refThu, Unused, "1.1.2031"},
		{"Chuẩn bị hội nghị ngày 20/1/2031; các phòng gửi tài liệu hạn thứ 6", refThu, Unused, "ngày 20/1/2031"},
		{"Báo cáo 15/1, hạn cuối tháng 2", refThu, Unused, "15/1"},
		{"hạn ngày 1! 01.1.2031", refThu, Unused, "01.1.2031"},
		{"nộp hồ sơ trước 17h ngày 15/1 17h30", refThu, Unused, "17h30"},
		{"chậm nhất ngày 20/1 hay cuối tháng 1", refThu, Unused, "cuối tháng 1"},
		{"cuối tháng 2 hoặc 15/1/2021 gửi kết quả", refThu, Unused, ""},
		{"hạn 17h, 15/1 hoặc 16/1", refThu, Unused, "16/1"},
	})
	checkFindErr(t, FindOne, []errCase{
		{"Phòng Nội vụ báo cáo sơ bộ trước 15/1, hoàn thành trước 30/1", refThu, Unused, "hoàn thành trước 30/1"},
		{"trước 15/1 và trước 20/1", refThu, Unused, "trước 20/1"},
		{"xã gửi danh sách 15/1, danh sách bổ sung 25/1", refThu, Unused, "25/1"},
	})
	// A time alone in a text whose only other day is today is today's.
	checkFind(t, []findCase{
		{"Sáng ngày 7/1/2021, UBND huyện họp; các xã báo cáo trước 17h", refThu, "2021-01-07 17:00:00", true},
		{"Thực hiện Công văn số 12/UBND ngày 5/1/2021, các xã báo cáo trước 17h", refThu, "2021-01-07 17:00:00", true},
		{"Thực hiện Kế hoạch ngày 4/1/2021, các xã báo cáo hạn thứ 6", refThu, "2021-01-08 23:59:59", false},
	})
	// The same instant written twice is one deadline.
	for _, text := range []string{
		"báo cáo trước 15/1/2021; hạn chót 15/1/2021",
		"Trong năm 2021 hoàn thành hồ sơ, riêng phần báo cáo xong trước 17h ngày 20/1.",
		"hoàn thành trước 17h ngày 15/1 (thứ Sáu)",
	} {
		if _, ok, err := FindOne(text, refThu); !ok || err != nil {
			t.Errorf("FindOne(%q) ok %v err %v", text, ok, err)
		}
	}
	// Find alone leaves a second deadline with its own lead word to the caller's split.
	if d, ok, err := Find("báo cáo sơ bộ trước 15/1, hoàn thành trước 30/1", refThu); !ok || err != nil || d.Text != "trước 15/1" {
		t.Errorf("Find of two deadlines = %q ok %v err %v", d.Text, ok, err)
	}
}

// TestAlreadyPassed: a time already past when typed, with a bare weekday or no day at all,
// is refused with the instant probably meant (the next such weekday, or tomorrow).
func TestAlreadyPassed(t *testing.T) {
	tests := []struct {
		text    string
		ref     time.Time
		suggest string
	}{
		{"Phòng Kinh tế báo cáo trước 17h thứ 5", refEve, "2021-01-14 17:00:00"},
		{"hạn 8h thứ Năm gửi văn bản", refThu, "2021-01-14 08:00:00"},
		{"nộp lúc 15 giờ chiều thứ 5", refEve, "2021-01-14 15:00:00"},
		{"Văn phòng gửi giấy mời, hạn 17h", refEve, "2021-01-08 17:00:00"},
		{"thời hạn 8 giờ 30", refThu, "2021-01-08 08:30:00"},
		{"báo cáo trước 17h chiều nay", refEve, "2021-01-08 17:00:00"},
		{"Phòng Tư pháp gửi dự thảo trong sáng nay", refEve, "2021-01-08 12:00:00"},
	}
	for _, tt := range tests {
		for name, f := range map[string]func(string, time.Time) (Deadline, bool, error){"Find": Find, "FindOne": FindOne} {
			_, ok, err := f(tt.text, tt.ref)
			var e *Error
			if ok || !errors.As(err, &e) || e.Kind != Passed || e.Suggest == nil {
				t.Errorf("%s(%q) ok %v err %v, want Passed", name, tt.text, ok, err)
				continue
			}
			if got := e.Suggest.Time.Format(layout); got != tt.suggest || !e.Suggest.HasTime {
				t.Errorf("%s(%q) suggests %s, want %s", name, tt.text, got, tt.suggest)
			}
			if back, err := Parse(Example(e.Suggest.Time, true), tt.ref); err != nil || !back.Time.Equal(e.Suggest.Time) {
				t.Errorf("the example of %q, %q, reads back as %v %v", tt.text, Example(e.Suggest.Time, true), back.Time, err)
			}
		}
	}
	// Still ahead: read as written.
	checkFind(t, []findCase{
		{"hạn 10h thứ Năm", refThu, "2021-01-07 10:00:00", true},
		{"trước 17h thứ 5 tuần này", refThu, "2021-01-07 17:00:00", true},
		{"trước 17h chiều nay", refThu, "2021-01-07 17:00:00", true},
	})
}

// tetCalendar is a holiday calendar for the tests: Tết 2026 (14–22/2/2026) and 30/4–3/5/2026
// off, Saturday 9/5/2026 a make-up working day.
type tetCalendar struct{}

func (tetCalendar) IsWorkday(day time.Time) bool {
	y, m, d := day.Date()
	switch {
	case y == 2026 && m == 2 && d >= 14 && d <= 22:
		return false
	case y == 2026 && (m == 4 && d == 30 || m == 5 && d <= 3):
		return false
	case y == 2026 && m == 5 && d == 9:
		return true
	}
	return MondayToFriday{}.IsWorkday(day)
}

// TestWorkingDays: "N ngày làm việc" skips weekends and, with a holiday calendar, public
// holidays; a make-up Saturday counts; "kể từ ngày …" moves the start. A nil calendar is the
// national one (holidays.Vietnam).
func TestWorkingDays(t *testing.T) {
	ref := time.Date(2026, 2, 10, 9, 0, 0, 0, ict) // Tuesday before Tết
	tests := []struct {
		text string
		cal  Calendar
		want string
	}{
		{"Sở Y tế trình phương án trong 5 ngày làm việc", MondayToFriday{}, "2026-02-17 23:59:59"},
		{"Sở Y tế trình phương án trong 5 ngày làm việc", tetCalendar{}, "2026-02-24 23:59:59"},
		{"trả lời trong 20 ngày làm việc", tetCalendar{}, "2026-03-17 23:59:59"},
		{"trong 10 ngày làm việc kể từ ngày 3/2/2026", MondayToFriday{}, "2026-02-17 23:59:59"},
		{"trong 10 ngày làm việc kể từ ngày 3/2/2026", tetCalendar{}, "2026-02-24 23:59:59"},
		{"Phòng Tài nguyên giải quyết hồ sơ trong vòng 3 ngày làm việc kể từ ngày 29/4/2026", tetCalendar{}, "2026-05-06 23:59:59"},
		{"giải quyết trong 5 ngày làm việc kể từ ngày 4/5/2026", tetCalendar{}, "2026-05-09 23:59:59"},
		{"trong 15 ngày kể từ ngày 3/2/2026", tetCalendar{}, "2026-02-18 23:59:59"},
		{"Sở Y tế trình phương án trong 5 ngày làm việc", nil, "2026-02-24 23:59:59"},
		{"trong 10 ngày làm việc kể từ ngày 3/2/2026", nil, "2026-02-24 23:59:59"},
		{"trong 2 ngày làm việc kể từ ngày 8/1/2026", nil, "2026-01-10 23:59:59"},
		{"trong 3 ngày làm việc kể từ ngày 24/4/2026", nil, "2026-05-04 23:59:59"},
	}
	for _, tt := range tests {
		if tt.cal == nil {
			if d, _, _ := Find(tt.text, ref); d.Time.Format(layout) != tt.want {
				t.Errorf("Find(%q) = %s, want %s", tt.text, d.Time.Format(layout), tt.want)
			}
		}
		d, ok, err := Reader{Calendar: tt.cal}.Find(tt.text, ref)
		if !ok || err != nil {
			t.Errorf("Find(%q) ok %v err %v", tt.text, ok, err)
			continue
		}
		if got := d.Time.Format(layout); got != tt.want {
			t.Errorf("Find(%q) with %T = %s, want %s", tt.text, tt.cal, got, tt.want)
		}
		if _, err := (Reader{Calendar: tt.cal}).Parse(d.Text, ref); err != nil {
			t.Errorf("Parse(%q): %v", d.Text, err)
		}
	}
}

// TestRecurrences: several weekdays of one weekly rule, a bare recurrence that frames the time
// written later in the sentence, and "hằng ngày" read only when it says how often the task is done.
func TestRecurrences(t *testing.T) {
	monFri := Rule{Freq: Weekly, Weekday: time.Monday, HasWeekday: true, Also: WeekdaySet(0).Add(time.Friday), Hour: 12, HasTime: true}
	tests := []struct {
		text string
		rule *Rule // nil: no deadline found
		next string
	}{
		{"Văn phòng tổng hợp báo cáo vào sáng thứ Hai và thứ Sáu hằng tuần", &monFri, "2021-01-08 12:00:00"},
		{"các xã gửi số liệu trước 16h30 thứ 2, thứ 4 và thứ 6 hằng tuần", &Rule{Freq: Weekly, Weekday: time.Monday, HasWeekday: true,
			Also: WeekdaySet(0).Add(time.Wednesday).Add(time.Friday), Hour: 16, Minute: 30, HasTime: true}, "2021-01-08 16:30:00"},
		{"Hằng ngày, Trung tâm Y tế cập nhật số ca mắc trước 16h", &Rule{Freq: Daily, Hour: 16, HasTime: true}, "2021-01-07 16:00:00"},
		{"Hằng ngày, Trung tâm Y tế cập nhật số ca mắc trước 8h", &Rule{Freq: Daily, Hour: 8, HasTime: true}, "2021-01-08 08:00:00"},
		{"Định kỳ hằng tuần, Phòng Nội vụ tổng hợp trước 17h thứ Năm", &Rule{Freq: Weekly, Weekday: time.Thursday, HasWeekday: true, Hour: 17, HasTime: true}, "2021-01-07 17:00:00"},
		{"Phòng Y tế báo cáo hằng ngày", &Rule{Freq: Daily}, "2021-01-07 23:59:59"},
		{"Các xã kiểm tra việc xử lý nước thải sinh hoạt hằng ngày của các hộ dân", nil, ""},
		{"bảo đảm nhu cầu đi lại hằng ngày của nhân dân", nil, ""},
	}
	for _, tt := range tests {
		d, ok, err := Find(tt.text, refThu)
		if tt.rule == nil {
			if ok || err != nil {
				t.Errorf("Find(%q) = %q ok %v err %v, want nothing", tt.text, d.Text, ok, err)
			}
			continue
		}
		if !ok || err != nil || d.Rule == nil || *d.Rule != *tt.rule {
			t.Errorf("Find(%q) = %+v ok %v err %v, want rule %+v", tt.text, d.Rule, ok, err, *tt.rule)
			continue
		}
		if got := d.Time.Format(layout); got != tt.next {
			t.Errorf("Find(%q) next %s, want %s", tt.text, got, tt.next)
		}
		if back, err := Parse(d.Rule.String(), refThu); err != nil || back.Rule == nil || *back.Rule != *d.Rule {
			t.Errorf("the rule of %q, %q, reads back as %+v %v", tt.text, d.Rule.String(), back.Rule, err)
		}
	}
	checkFindErr(t, Find, []errCase{{"hoàn thành trước thứ 2 và thứ 6", refThu, Unused, ""}})
	// A part of the day written before the day moves a time written after it; without a time
	// it ends then: "sáng" by 12:00, "trưa" 14:00, "chiều" 18:00, "tối" the day's end.
	checkFind(t, []findCase{
		{"hạn chiều thứ Sáu lúc 3 giờ", refThu, "2021-01-08 15:00:00", true},
		{"chậm nhất sáng ngày 9/1 lúc 10h", refThu, "2021-01-09 10:00:00", true},
		{"hạn sáng thứ Hai tuần sau", refThu, "2021-01-11 12:00:00", true},
		{"các xã ra quân đồng loạt vào sáng ngày 24/1/2021 (Chủ nhật)", refThu, "2021-01-24 12:00:00", true},
		{"nộp hồ sơ trước chiều ngày 15/1", refThu, "2021-01-15 18:00:00", true},
		{"hoàn thành trong buổi tối ngày mai", refThu, "2021-01-08 23:59:59", true},
	})
}
