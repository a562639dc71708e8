package deadline

import (
	"errors"
	"fmt"
	"strings"
	"testing"
	"time"

	"pgregory.net/rapid"
)

// writtenDay is a day as a user writes it and the midnight it means.
type writtenDay struct {
	text    string
	date    time.Time
	weekday bool // a bare weekday: a time already past on it suggests the next week
	ngay    bool // the text opens with "ngày" (no "ngày" may be put before it)
	numeric bool // a numeric date, after which a time may follow directly
	rel     bool // a day named from today: a time already past on it suggests the next day
}

// writtenTime is a time of day as a user writes it.
type writtenTime struct {
	text string
	h, m int // 24:00 is the end of the day
}

var weekdayWritten = map[time.Weekday][]string{
	time.Monday:    {"thứ 2", "thứ hai", "Thứ Hai", "T2", "thu 2"},
	time.Tuesday:   {"thứ 3", "thứ ba", "T3"},
	time.Wednesday: {"thứ 4", "thứ tư", "Thứ Tư", "T4"},
	time.Thursday:  {"thứ 5", "thứ năm", "Thứ Năm", "T5", "thu nam"},
	time.Friday:    {"thứ 6", "thứ sáu", "Thứ Sáu", "T6"},
	time.Saturday:  {"thứ 7", "thứ bảy", "Thứ Bảy", "T7"},
	time.Sunday:    {"chủ nhật", "Chủ nhật", "CN"},
}

// genRef draws the moment the phrase is typed: any day of 2024–2031, at a whole minute.
func genRef(t *rapid.T) time.Time {
	day := rapid.IntRange(0, 8*365).Draw(t, "refDay")
	min := rapid.IntRange(0, 24*60-1).Draw(t, "refMinute")
	base := time.Date(2024, 1, 1, 0, 0, 0, 0, ict)
	return addDays(base, day).Add(time.Duration(min) * time.Minute)
}

func genDay(t *rapid.T, ref time.Time) writtenDay {
	today := midnight(ref)
	switch rapid.IntRange(0, 5).Draw(t, "dayKind") {
	case 0: // a full date in a later year
		y := ref.Year() + rapid.IntRange(1, 6).Draw(t, "years")
		m := rapid.IntRange(1, 12).Draw(t, "month")
		d := rapid.IntRange(1, daysIn(y, m)).Draw(t, "day")
		forms := []string{
			fmt.Sprintf("%d/%d/%d", d, m, y), fmt.Sprintf("%02d/%02d/%d", d, m, y),
			fmt.Sprintf("%d-%d-%d", d, m, y), fmt.Sprintf("%02d.%02d.%d", d, m, y),
			fmt.Sprintf("ngày %d/%d/%d", d, m, y), fmt.Sprintf("ngày %d tháng %d năm %d", d, m, y),
			fmt.Sprintf("ngày %02d-%02d-%d", d, m, y),
		}
		s := rapid.SampledFrom(forms).Draw(t, "dateForm")
		return writtenDay{text: s, date: dateIn(ict, y, m, d), ngay: strings.HasPrefix(s, "ngày"), numeric: true}
	case 1: // a date without a year, within the coming 300 days
		date := addDays(today, rapid.IntRange(0, 300).Draw(t, "ahead"))
		d, m := date.Day(), int(date.Month())
		if d == 29 && m == 2 {
			date, d = addDays(date, 1), 1
			m = int(date.Month())
		}
		forms := []string{fmt.Sprintf("%d/%d", d, m), fmt.Sprintf("%02d/%02d", d, m), fmt.Sprintf("ngày %d/%d", d, m), fmt.Sprintf("ngày %d tháng %d", d, m)}
		s := rapid.SampledFrom(forms).Draw(t, "shortForm")
		return writtenDay{text: s, date: date, ngay: strings.HasPrefix(s, "ngày"), numeric: true}
	case 2: // a weekday, maybe of next week
		wd := time.Weekday(rapid.IntRange(0, 6).Draw(t, "weekday"))
		s := rapid.SampledFrom(weekdayWritten[wd]).Draw(t, "weekdayForm")
		if rapid.Bool().Draw(t, "nextWeek") {
			s += rapid.SampledFrom([]string{" tuần sau", " tuần tới"}).Draw(t, "nextWord")
			return writtenDay{text: s, date: addDays(mondayOf(today), 7+(int(wd)+6)%7)}
		}
		if rapid.Bool().Draw(t, "withNgay") {
			s = "ngày " + s
		}
		return writtenDay{text: s, date: addDays(today, (int(wd)-int(today.Weekday())+7)%7), weekday: true, ngay: strings.HasPrefix(s, "ngày")}
	case 3: // a weekday with its date
		date := addDays(today, rapid.IntRange(1, 400).Draw(t, "ahead"))
		wd := rapid.SampledFrom(weekdayWritten[date.Weekday()]).Draw(t, "weekdayForm")
		s := fmt.Sprintf("%s, ngày %d/%d/%d", wd, date.Day(), int(date.Month()), date.Year())
		return writtenDay{text: s, date: date}
	case 4: // relative days
		n := rapid.IntRange(0, 2).Draw(t, "rel")
		s := rapid.SampledFrom([][]string{{"hôm nay", "ngày hôm nay"}, {"ngày mai"}, {"ngày kia", "ngày mốt"}}[n]).Draw(t, "relForm")
		return writtenDay{text: s, date: addDays(today, n), ngay: strings.HasPrefix(s, "ngày"), rel: true}
	default: // the end of this week or the next
		if rapid.Bool().Draw(t, "next") {
			return writtenDay{text: "cuối tuần sau", date: addDays(mondayOf(today), 13)}
		}
		return writtenDay{text: "cuối tuần", date: addDays(mondayOf(today), 6)}
	}
}

func genTime(t *rapid.T) writtenTime {
	h := rapid.IntRange(0, 24).Draw(t, "hour")
	m := 0
	if h < 24 && rapid.Bool().Draw(t, "minutes") {
		m = rapid.IntRange(0, 59).Draw(t, "minute")
	}
	written, part := h, ""
	if h < 24 && rapid.Bool().Draw(t, "part") {
		switch {
		case h >= 1 && h <= 10:
			part = "sáng"
		case h == 11 || h == 12:
			part = rapid.SampledFrom([]string{"sáng", "trưa"}).Draw(t, "noon")
		case h == 13:
			part, written = "trưa", 1
		case h >= 14 && h <= 18:
			part, written = "chiều", h-12
		case h >= 19 && h <= 23:
			part, written = "tối", h-12
		}
		if part != "" && h > 12 && rapid.Bool().Draw(t, "keep24") {
			written = h
		}
	}
	var forms []string
	if m == 0 {
		forms = []string{"%[1]dh", "%[1]d giờ", "%[1]dg", "%[1]dh00", "%[1]dh00'", "%[1]d giờ 00 phút", "%[1]d:00", "%02[1]d:00"}
	} else {
		forms = []string{"%[1]dh%02[2]d", "%[1]d giờ %[2]d", "%[1]d giờ %[2]d phút", "%[1]dg%02[2]d", "%[1]d:%02[2]d", "%[1]dh%02[2]d'", "%[1]dh%02[2]dp"}
	}
	s := fmt.Sprintf(rapid.SampledFrom(forms).Draw(t, "timeForm"), written, m)
	if part != "" {
		s += " " + part
	}
	return writtenTime{text: s, h: h, m: m}
}

var (
	propLeads    = []string{"", "trước ", "hạn ", "thời hạn ", "Thời hạn: ", "chậm nhất ", "chậm nhất là ", "hoàn thành trước ", "hạn chót: ", "xong trước ", "đến "}
	propBefore   = []string{"", "Phòng Nội vụ tổng hợp danh sách cán bộ, ", "Giao UBND các xã rà soát hồ sơ ", "Đề nghị Phòng Tài chính – Kế hoạch báo cáo "}
	propAfter    = []string{"", ".", " để tổng hợp.", ", gửi về Văn phòng UBND.", " cho Thường trực"}
	timeThenDay  = []string{" ", ", ", " ngày "}
	dayThenTime  = []string{" ", " lúc ", " vào lúc ", ", ", ", lúc ", " vào "}
	propDuration = []string{"trong %d giờ", "trong vòng %d giờ", "trong %dh", "trong vòng %dh", "sau %d giờ", "sau %d tiếng", "trong thời hạn %d giờ"}
)

// TestPropertyDayAndTime writes a day and a time in every form, in either order, with a lead
// word and a sentence around them, and checks that Find reads the instant written: a time
// next to a day is a time on that day, never a duration.
func TestPropertyDayAndTime(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		ref := genRef(t)
		day, tm := genDay(t, ref), genTime(t)
		var phrase string
		if rapid.Bool().Draw(t, "timeFirst") {
			conn := rapid.SampledFrom(timeThenDay).Draw(t, "conn")
			if conn == " ngày " && (day.ngay || !day.numeric) {
				conn = " "
			}
			phrase = tm.text + conn + day.text
		} else {
			phrase = day.text + rapid.SampledFrom(dayThenTime).Draw(t, "conn") + tm.text
		}
		lead := rapid.SampledFrom(propLeads).Draw(t, "lead")
		text := rapid.SampledFrom(propBefore).Draw(t, "before") + lead + phrase + rapid.SampledFrom(propAfter).Draw(t, "after")
		want := at(day.date, tm.h, tm.m)
		d, ok, err := Find(text, ref)
		if want.Before(ref) {
			var e *Error
			switch {
			case lead == "" && err == nil && !ok:
				return // a past day written without a lead word is not a deadline of free text
			case ok && !day.weekday && !day.rel:
				if !d.Time.Equal(want) {
					t.Fatalf("Find(%q) at %s = %s, want %s (past: the caller refuses it)", text, ref.Format(layout), d.Time.Format(layout), want.Format(layout))
				}
				return
			}
			if !errors.As(err, &e) {
				t.Fatalf("Find(%q) at %s = %s ok %v err %v, want it refused as past (%s)", text, ref.Format(layout), d.Time.Format(layout), ok, err, want.Format(layout))
			}
			if day.weekday && (e.Kind != Passed || e.Suggest == nil || !e.Suggest.Time.Equal(at(addDays(day.date, 7), tm.h, tm.m))) {
				t.Fatalf("Find(%q) at %s: error %+v, want Passed suggesting a week later", text, ref.Format(layout), e)
			}
			next := at(addDays(day.date, 1), tm.h, tm.m)
			if !next.After(ref) {
				next = at(addDays(day.date, 2), tm.h, tm.m) // the next day's instant is now: the day after
			}
			if day.rel && (e.Kind != Passed || e.Suggest == nil || !e.Suggest.Time.Equal(next)) {
				t.Fatalf("Find(%q) at %s: error %+v, want Passed suggesting the next day", text, ref.Format(layout), e)
			}
			return
		}
		if err != nil || !ok {
			t.Fatalf("Find(%q) at %s: ok %v err %v, want %s", text, ref.Format(layout), ok, err, want.Format(layout))
		}
		if !d.Time.Equal(want) || !d.HasTime {
			t.Fatalf("Find(%q) at %s = %s (has time %v), want %s", text, ref.Format(layout), d.Time.Format(layout), d.HasTime, want.Format(layout))
		}
		if !strings.Contains(d.Text, strings.TrimSpace(phrase)) {
			t.Fatalf("Find(%q).Text = %q, does not hold %q", text, d.Text, phrase)
		}
	})
}

// TestPropertyDuration checks that a duration in hours stays a duration, whatever its size,
// and that "hạn N giờ" is a duration only above 24 hours; and that days and weeks count from
// the day typed.
func TestPropertyDuration(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		ref := genRef(t)
		if rapid.Bool().Draw(t, "days") {
			n := rapid.IntRange(1, 400).Draw(t, "days")
			form := rapid.SampledFrom([]string{"trong %d ngày", "trong vòng %d ngày", "sau %d ngày", "thời hạn %d ngày", "hạn %d ngày", "trong %d tuần"}).Draw(t, "dayForm")
			days := n
			if strings.HasSuffix(form, "tuần") {
				days = 7 * n
			}
			text := rapid.SampledFrom(propBefore).Draw(t, "before") + fmt.Sprintf(form, n) + rapid.SampledFrom(propAfter).Draw(t, "after")
			d, ok, err := Find(text, ref)
			if want := endOfDay(addDays(ref, days)); err != nil || !ok || !d.Time.Equal(want) {
				t.Fatalf("Find(%q) at %s = %s ok %v err %v, want %s", text, ref.Format(layout), d.Time.Format(layout), ok, err, want.Format(layout))
			}
			return
		}
		n := rapid.IntRange(1, 500).Draw(t, "hours")
		form := rapid.SampledFrom(propDuration).Draw(t, "form")
		if n > 24 && rapid.Bool().Draw(t, "han") {
			form = rapid.SampledFrom([]string{"hạn %dh", "thời hạn %d giờ", "hạn %d tiếng"}).Draw(t, "hanForm")
		}
		text := rapid.SampledFrom(propBefore).Draw(t, "before") + fmt.Sprintf(form, n) + rapid.SampledFrom(propAfter).Draw(t, "after")
		d, ok, err := Find(text, ref)
		if err != nil || !ok {
			t.Fatalf("Find(%q): ok %v err %v", text, ok, err)
		}
		if want := ref.Add(time.Duration(n) * time.Hour); !d.Time.Equal(want) {
			t.Fatalf("Find(%q) at %s = %s, want %s", text, ref.Format(layout), d.Time.Format(layout), want.Format(layout))
		}
	})
}

// BenchmarkFindSentence times FindOne on a typical /giao text with a time next to its day.
func BenchmarkFindSentence(b *testing.B) {
	text := "Phòng Nội vụ chủ trì, phối hợp UBND các xã tổng hợp danh sách cán bộ, công chức đủ điều kiện nâng lương, hạn 17h ngày 20/2/2031"
	for b.Loop() {
		if _, ok, err := FindOne(text, fuzzRef); !ok || err != nil {
			b.Fatal(ok, err)
		}
	}
}
