package deadline

import (
	"errors"
	"strconv"
	"strings"
	"testing"
	"time"
	_ "time/tzdata"

	"golang.org/x/text/unicode/norm"
)

const layout = "2006-01-02 15:04:05"

var (
	ict    = time.FixedZone("ICT", 7*3600)
	refThu = time.Date(2021, 1, 7, 9, 0, 0, 0, ict)   // Thursday
	refSun = time.Date(2021, 1, 10, 10, 0, 0, 0, ict) // Sunday
	refMon = time.Date(2021, 1, 4, 9, 0, 0, 0, ict)   // Monday
	refDec = time.Date(2021, 12, 20, 9, 0, 0, 0, ict) // Monday, near the new year
	ref24  = time.Date(2024, 1, 10, 9, 0, 0, 0, ict)  // leap year
	refEve = time.Date(2021, 1, 7, 20, 0, 0, 0, ict)  // Thursday evening
)

type parseCase struct {
	in      string
	ref     time.Time
	want    string // layout, in ref's location
	hasTime bool
}

func TestParse(t *testing.T) {
	hcm, err := time.LoadLocation("Asia/Ho_Chi_Minh")
	if err != nil {
		t.Fatal(err)
	}
	refHCM := time.Date(2021, 1, 7, 9, 0, 0, 0, hcm)
	tests := []parseCase{
		// dates
		{"15/1", refThu, "2021-01-15 23:59:59", false},
		{"15/01/2021", refThu, "2021-01-15 23:59:59", false},
		{"15-1-2021", refThu, "2021-01-15 23:59:59", false},
		{"15.01.2021", refThu, "2021-01-15 23:59:59", false},
		{"ngày 15 tháng 1 năm 2021", refThu, "2021-01-15 23:59:59", false},
		{"ngày 15 tháng 1", refThu, "2021-01-15 23:59:59", false},
		{"ngày 15/1", refThu, "2021-01-15 23:59:59", false},
		{"mùng 5 tháng 2", refThu, "2021-02-05 23:59:59", false},
		{"15/1/21", refThu, "2021-01-15 23:59:59", false},
		{"2021-01-15", refThu, "2021-01-15 23:59:59", false},
		{"15/1", refDec, "2022-01-15 23:59:59", false},
		{"20/12", refDec, "2021-12-20 23:59:59", false},
		{"19/12", refDec, "2022-12-19 23:59:59", false},
		{"6/1", refThu, "2022-01-06 23:59:59", false},
		{"7/1", refThu, "2021-01-07 23:59:59", false},
		{"29/2/2024", refThu, "2024-02-29 23:59:59", false},
		{"29/2", ref24, "2024-02-29 23:59:59", false},
		{"15/1", refHCM, "2021-01-15 23:59:59", false},
		{"ngày 25", refThu, "2021-01-25 23:59:59", false},
		{"ngày 5", refThu, "2021-02-05 23:59:59", false},
		// times
		{"17h", refThu, "2021-01-07 17:00:00", true},
		{"17h30", refThu, "2021-01-07 17:30:00", true},
		{"17 giờ", refThu, "2021-01-07 17:00:00", true},
		{"17 giờ 30", refThu, "2021-01-07 17:30:00", true},
		{"17 giờ 30 phút", refThu, "2021-01-07 17:30:00", true},
		{"17g30", refThu, "2021-01-07 17:30:00", true},
		{"17:30", refThu, "2021-01-07 17:30:00", true},
		{"10h30 sáng", refThu, "2021-01-07 10:30:00", true},
		{"2 giờ chiều", refThu, "2021-01-07 14:00:00", true},
		{"7 giờ tối", refThu, "2021-01-07 19:00:00", true},
		{"12 giờ trưa", refThu, "2021-01-07 12:00:00", true},
		{"17h chiều nay", refThu, "2021-01-07 17:00:00", true},
		{"14 giờ, ngày 05/12/2017", refThu, "2017-12-05 14:00:00", true},
		{"15/1 lúc 17h", refThu, "2021-01-15 17:00:00", true},
		{"17h ngày 15/1", refThu, "2021-01-15 17:00:00", true},
		{"17 giờ 30 phút ngày 15 tháng 1 năm 2021", refThu, "2021-01-15 17:30:00", true},
		{"trước 24h ngày 15/1", refThu, "2021-01-15 23:59:59", true},
		{"8h sáng mai", refThu, "2021-01-08 08:00:00", true},
		{"hôm nay lúc 16h", refThu, "2021-01-07 16:00:00", true},
		{"1 giờ trưa", refThu, "2021-01-07 13:00:00", true},
		{"11h trưa", refThu, "2021-01-07 11:00:00", true},
		{"10 giờ đêm", refThu, "2021-01-07 22:00:00", true},
		{"19h tối", refThu, "2021-01-07 19:00:00", true},
		{"17h chiều", refThu, "2021-01-07 17:00:00", true},
		{"17h30p", refThu, "2021-01-07 17:30:00", true},
		{"17h30'", refThu, "2021-01-07 17:30:00", true},
		{"17:30:00", refThu, "2021-01-07 17:30:00", true},
		{"9 giờ 15 sáng 15/1", refThu, "2021-01-15 09:15:00", true},
		// weekdays, relative to a Sunday
		{"thứ 2", refSun, "2021-01-11 23:59:59", false},
		{"thứ hai", refSun, "2021-01-11 23:59:59", false},
		{"T2", refSun, "2021-01-11 23:59:59", false},
		{"thứ 3", refSun, "2021-01-12 23:59:59", false},
		{"thứ ba", refSun, "2021-01-12 23:59:59", false},
		{"thứ 4", refSun, "2021-01-13 23:59:59", false},
		{"thứ tư", refSun, "2021-01-13 23:59:59", false},
		{"thứ 5", refSun, "2021-01-14 23:59:59", false},
		{"thứ năm", refSun, "2021-01-14 23:59:59", false},
		{"thứ 6", refSun, "2021-01-15 23:59:59", false},
		{"thứ sáu", refSun, "2021-01-15 23:59:59", false},
		{"T6", refSun, "2021-01-15 23:59:59", false},
		{"thứ 7", refSun, "2021-01-16 23:59:59", false},
		{"thứ bảy", refSun, "2021-01-16 23:59:59", false},
		{"chủ nhật", refSun, "2021-01-10 23:59:59", false},
		{"CN", refSun, "2021-01-10 23:59:59", false},
		{"thứ 5 tuần này", refSun, "2021-01-07 23:59:59", false},
		{"thứ 5 tuần sau", refSun, "2021-01-14 23:59:59", false},
		{"thứ 5 tuần tới", refSun, "2021-01-14 23:59:59", false},
		{"chủ nhật tuần sau", refSun, "2021-01-17 23:59:59", false},
		{"thứ Sáu, ngày 15/1/2021", refSun, "2021-01-15 23:59:59", false},
		// weekdays, relative to a Monday
		{"thứ 2", refMon, "2021-01-04 23:59:59", false},
		{"thứ 5", refMon, "2021-01-07 23:59:59", false},
		{"thứ 2 tuần sau", refMon, "2021-01-11 23:59:59", false},
		{"thứ 5 tuần sau", refMon, "2021-01-14 23:59:59", false},
		{"tuần sau", refMon, "2021-01-17 23:59:59", false},
		{"trước 17h thứ 6 tuần sau", refMon, "2021-01-15 17:00:00", true},
		// relative
		{"hôm nay", refThu, "2021-01-07 23:59:59", false},
		{"ngày mai", refThu, "2021-01-08 23:59:59", false},
		{"mai", refThu, "2021-01-08 23:59:59", false},
		{"ngày kia", refThu, "2021-01-09 23:59:59", false},
		{"trong 10 ngày", refThu, "2021-01-17 23:59:59", false},
		{"sau 3 ngày", refThu, "2021-01-10 23:59:59", false},
		{"trong 2 tuần", refThu, "2021-01-21 23:59:59", false},
		{"trong vòng 5 ngày làm việc", refThu, "2021-01-14 23:59:59", false},
		{"trong 2 tháng", refThu, "2021-03-07 23:59:59", false},
		{"thời hạn 30 ngày", refThu, "2021-02-06 23:59:59", false},
		{"trong 24 giờ", refThu, "2021-01-08 09:00:00", true},
		{"trong 48h", refThu, "2021-01-09 09:00:00", true},
		{"trong tuần", refThu, "2021-01-10 23:59:59", false},
		{"trong tuần", refSun, "2021-01-10 23:59:59", false},
		{"trong tháng", refThu, "2021-01-31 23:59:59", false},
		{"trong năm", refThu, "2021-12-31 23:59:59", false},
		{"trong ngày", refThu, "2021-01-07 23:59:59", false},
		// periods
		{"cuối tuần", refThu, "2021-01-10 23:59:59", false},
		{"cuối tuần sau", refThu, "2021-01-17 23:59:59", false},
		{"cuối tháng", refThu, "2021-01-31 23:59:59", false},
		{"cuối tháng 2", refThu, "2021-02-28 23:59:59", false},
		{"cuối tháng 2/2024", refThu, "2024-02-29 23:59:59", false},
		{"cuối tháng 3", refThu, "2021-03-31 23:59:59", false},
		{"cuối tháng 3", refDec, "2022-03-31 23:59:59", false},
		{"cuối tháng sau", refThu, "2021-02-28 23:59:59", false},
		{"trong tháng 2/2021", refThu, "2021-02-28 23:59:59", false},
		{"tháng 8/2020", refThu, "2020-08-31 23:59:59", false},
		{"tháng 8 năm 2020", refThu, "2020-08-31 23:59:59", false},
		{"tháng 4", refThu, "2021-04-30 23:59:59", false},
		{"quý I/2021", refThu, "2021-03-31 23:59:59", false},
		{"quý II", refThu, "2021-06-30 23:59:59", false},
		{"quý III", refThu, "2021-09-30 23:59:59", false},
		{"quý IV", refThu, "2021-12-31 23:59:59", false},
		{"quý 2 năm 2021", refThu, "2021-06-30 23:59:59", false},
		{"quý II năm 2021", refThu, "2021-06-30 23:59:59", false},
		{"quý I", refDec, "2022-03-31 23:59:59", false},
		{"cuối quý", refThu, "2021-03-31 23:59:59", false},
		{"6 tháng đầu năm", refThu, "2021-06-30 23:59:59", false},
		{"6 tháng đầu năm 2022", refThu, "2022-06-30 23:59:59", false},
		{"6 tháng cuối năm", refThu, "2021-12-31 23:59:59", false},
		{"9 tháng", refThu, "2021-09-30 23:59:59", false},
		{"9 tháng năm 2022", refThu, "2022-09-30 23:59:59", false},
		{"trong 6 tháng đầu năm", refThu, "2021-06-30 23:59:59", false},
		{"cuối năm", refThu, "2021-12-31 23:59:59", false},
		{"cuối năm 2019", refThu, "2019-12-31 23:59:59", false},
		{"năm 2025", refThu, "2025-12-31 23:59:59", false},
		{"năm nay", refThu, "2021-12-31 23:59:59", false},
		{"năm tới", refThu, "2022-12-31 23:59:59", false},
		{"cuối năm sau", refThu, "2022-12-31 23:59:59", false},
		{"quý này", refThu, "2021-03-31 23:59:59", false},
		{"quý sau", refThu, "2021-06-30 23:59:59", false},
		{"cuối quý tới", refDec, "2022-03-31 23:59:59", false},
		{"trong quý", refDec, "2021-12-31 23:59:59", false},
		{"tháng tới", refDec, "2022-01-31 23:59:59", false},
		{"tuần trước", refThu, "2021-01-03 23:59:59", false},
		{"quý I của năm 2022", refThu, "2022-03-31 23:59:59", false},
		{"tháng 02-2021", refThu, "2021-02-28 23:59:59", false},
		{"ngày 15 tháng 1/2022", refThu, "2022-01-15 23:59:59", false},
		{"6 tháng đầu năm nay", refThu, "2021-06-30 23:59:59", false},
		{"6 tháng đầu năm", refDec, "2022-06-30 23:59:59", false},
		{"3 tháng", refThu, "2021-03-31 23:59:59", false},
		{"đầu tháng", refThu, "2021-01-10 23:59:59", false},
		{"đầu tháng", refDec, "2022-01-10 23:59:59", false},
		{"đến hết 30/6/2021", refThu, "2021-06-30 23:59:59", false},
		{"đến hết tháng 6", refThu, "2021-06-30 23:59:59", false},
		{"đầu tháng 3", refThu, "2021-03-10 23:59:59", false},
		{"giữa tháng 3", refThu, "2021-03-15 23:59:59", false},
		// lead words
		{"trước 15/1", refThu, "2021-01-15 23:59:59", false},
		{"trước ngày 15/1", refThu, "2021-01-15 23:59:59", false},
		{"chậm nhất 15/1", refThu, "2021-01-15 23:59:59", false},
		{"chậm nhất là ngày 15/1", refThu, "2021-01-15 23:59:59", false},
		{"hạn 15/1", refThu, "2021-01-15 23:59:59", false},
		{"hạn chót: 15/1", refThu, "2021-01-15 23:59:59", false},
		{"thời hạn 15/1", refThu, "2021-01-15 23:59:59", false},
		{"hoàn thành trước 15/1", refThu, "2021-01-15 23:59:59", false},
		{"xong trước 15/1", refThu, "2021-01-15 23:59:59", false},
		{"đến hết ngày 15/1", refThu, "2021-01-15 23:59:59", false},
		{"từ nay đến cuối năm", refThu, "2021-12-31 23:59:59", false},
		{"từ nay đến hết năm 2021", refThu, "2021-12-31 23:59:59", false},
		{"từ nay cho đến 30/6", refThu, "2021-06-30 23:59:59", false},
		{"tu nay den het thang", refThu, "2021-01-31 23:59:59", false},
		{"trong ngày 15/1", refThu, "2021-01-15 23:59:59", false},
		{"vào ngày 15/1", refThu, "2021-01-15 23:59:59", false},
		{"vào lúc 17h ngày 15/1", refThu, "2021-01-15 17:00:00", true},
		{"kịp 15/1", refThu, "2021-01-15 23:59:59", false},
		{"trước 17h ngày 15/1", refThu, "2021-01-15 17:00:00", true},
		{"  (trước 15/1).  ", refThu, "2021-01-15 23:59:59", false},
		// unaccented, capitals, NFD
		{"truoc 17h thu 5 tuan sau", refThu, "2021-01-14 17:00:00", true},
		{"HOÀN THÀNH TRƯỚC 15/1/2021", refThu, "2021-01-15 23:59:59", false},
		{"CHẬM NHẤT NGÀY 15 THÁNG 1 NĂM 2021", refThu, "2021-01-15 23:59:59", false},
		{"cham nhat la ngay 15/1", refThu, "2021-01-15 23:59:59", false},
		{"cuoi nam 2019", refThu, "2019-12-31 23:59:59", false},
		{"chu nhat tuan sau", refThu, "2021-01-17 23:59:59", false},
		{"Thứ Bảy Tuần Này", refThu, "2021-01-09 23:59:59", false},
		{norm.NFD.String("trước 17 giờ thứ Năm tuần sau"), refThu, "2021-01-14 17:00:00", true},
		{norm.NFD.String("cuối quý II năm 2021"), refThu, "2021-06-30 23:59:59", false},
		{norm.NFD.String("HẠN CHÓT NGÀY 15/1"), refThu, "2021-01-15 23:59:59", false},
	}
	for _, tt := range tests {
		d, err := Parse(tt.in, tt.ref)
		if err != nil {
			t.Errorf("Parse(%q) error: %v", tt.in, err)
			continue
		}
		if got := d.Time.Format(layout); got != tt.want {
			t.Errorf("Parse(%q) = %s, want %s", tt.in, got, tt.want)
		}
		if d.HasTime != tt.hasTime {
			t.Errorf("Parse(%q).HasTime = %v, want %v", tt.in, d.HasTime, tt.hasTime)
		}
		if d.Time.Location() != tt.ref.Location() {
			t.Errorf("Parse(%q) location %v, want %v", tt.in, d.Time.Location(), tt.ref.Location())
		}
		if d.Rule != nil {
			t.Errorf("Parse(%q) gave rule %v", tt.in, d.Rule)
		}
		checkSpan(t, tt.in, d)
		if want := strings.Trim(tt.in, " ().,"); d.Text != want {
			t.Errorf("Parse(%q).Text = %q, want %q", tt.in, d.Text, want)
		}
	}
}

func checkSpan(t *testing.T, in string, d Deadline) {
	t.Helper()
	if d.Start < 0 || d.Start > d.End || d.End > len(in) {
		t.Errorf("%q: bad span [%d,%d)", in, d.Start, d.End)
		return
	}
	if in[d.Start:d.End] != d.Text {
		t.Errorf("%q: input[%d:%d] = %q, Text = %q", in, d.Start, d.End, in[d.Start:d.End], d.Text)
	}
}

func TestParseRecurring(t *testing.T) {
	tests := []struct {
		in   string
		ref  time.Time
		rule Rule
		want string
	}{
		{"hàng tuần", refThu, Rule{Freq: Weekly}, "2021-01-10 23:59:59"},
		{"hằng tuần", refThu, Rule{Freq: Weekly}, "2021-01-10 23:59:59"},
		{"thứ 5 hàng tuần", refThu, Rule{Freq: Weekly, Weekday: time.Thursday, HasWeekday: true}, "2021-01-07 23:59:59"},
		{"trước 17h ngày thứ 5 hàng tuần", refThu, Rule{Freq: Weekly, Weekday: time.Thursday, HasWeekday: true, Hour: 17, HasTime: true}, "2021-01-07 17:00:00"},
		{"trước 17h ngày thứ 5 hàng tuần", refEve, Rule{Freq: Weekly, Weekday: time.Thursday, HasWeekday: true, Hour: 17, HasTime: true}, "2021-01-14 17:00:00"},
		{"trước 10h ngày thứ 2 hàng tuần", refThu, Rule{Freq: Weekly, Weekday: time.Monday, HasWeekday: true, Hour: 10, HasTime: true}, "2021-01-11 10:00:00"},
		{"vào thứ 4 hàng tuần", refThu, Rule{Freq: Weekly, Weekday: time.Wednesday, HasWeekday: true}, "2021-01-13 23:59:59"},
		{"hàng tuần vào thứ 6", refThu, Rule{Freq: Weekly, Weekday: time.Friday, HasWeekday: true}, "2021-01-08 23:59:59"},
		{"17h30 thứ 5 mỗi tuần", refThu, Rule{Freq: Weekly, Weekday: time.Thursday, HasWeekday: true, Hour: 17, Minute: 30, HasTime: true}, "2021-01-07 17:30:00"},
		{"hằng tháng", refThu, Rule{Freq: Monthly}, "2021-01-31 23:59:59"},
		{"hàng tháng", refThu, Rule{Freq: Monthly}, "2021-01-31 23:59:59"},
		{"ngày 5 hằng tháng", refThu, Rule{Freq: Monthly, Day: 5}, "2021-02-05 23:59:59"},
		{"trước ngày 25 hàng tháng", refThu, Rule{Freq: Monthly, Day: 25}, "2021-01-25 23:59:59"},
		{"cuối mỗi tháng", refThu, Rule{Freq: Monthly}, "2021-01-31 23:59:59"},
		{"định kỳ hàng quý", refThu, Rule{Freq: Quarterly}, "2021-03-31 23:59:59"},
		{"hằng quý", refDec, Rule{Freq: Quarterly}, "2021-12-31 23:59:59"},
		{"hằng năm", refThu, Rule{Freq: Yearly}, "2021-12-31 23:59:59"},
		{"ngày 15/12 hằng năm", refThu, Rule{Freq: Yearly, Day: 15, Month: 12}, "2021-12-15 23:59:59"},
		{"29/2 hằng năm", refThu, Rule{Freq: Yearly, Day: 29, Month: 2}, "2021-02-28 23:59:59"},
		{"cuối tháng 6 hằng năm", refThu, Rule{Freq: Yearly, Month: 6}, "2021-06-30 23:59:59"},
		{"hằng ngày", refThu, Rule{Freq: Daily}, "2021-01-07 23:59:59"},
		{"trước 16h hằng ngày", refThu, Rule{Freq: Daily, Hour: 16, HasTime: true}, "2021-01-07 16:00:00"},
		{"trước 8h hằng ngày", refThu, Rule{Freq: Daily, Hour: 8, HasTime: true}, "2021-01-08 08:00:00"},
		{"hang tuan", refThu, Rule{Freq: Weekly}, "2021-01-10 23:59:59"},
		{"TRUOC 17H THU 5 HANG TUAN", refThu, Rule{Freq: Weekly, Weekday: time.Thursday, HasWeekday: true, Hour: 17, HasTime: true}, "2021-01-07 17:00:00"},
		{norm.NFD.String("định kỳ hằng tháng"), refThu, Rule{Freq: Monthly}, "2021-01-31 23:59:59"},
	}
	for _, tt := range tests {
		d, err := Parse(tt.in, tt.ref)
		if err != nil {
			t.Errorf("Parse(%q) error: %v", tt.in, err)
			continue
		}
		if d.Rule == nil {
			t.Errorf("Parse(%q) = %v, want a rule", tt.in, d)
			continue
		}
		if *d.Rule != tt.rule {
			t.Errorf("Parse(%q).Rule = %+v, want %+v", tt.in, *d.Rule, tt.rule)
		}
		if got := d.Time.Format(layout); got != tt.want {
			t.Errorf("Parse(%q).Time = %s, want %s", tt.in, got, tt.want)
		}
		if d.HasTime != tt.rule.HasTime {
			t.Errorf("Parse(%q).HasTime = %v", tt.in, d.HasTime)
		}
		checkSpan(t, tt.in, d)
	}
}

func TestParseErrors(t *testing.T) {
	tests := []struct {
		in      string
		ref     time.Time
		mention []string
	}{
		{"30/2/2021", refThu, []string{"30/02/2021", "28 ngày"}},
		{"trước ngày 30/2", refThu, []string{"30/02", "tháng 2"}},
		{"29/2/2023", refThu, []string{"29/02/2023", "28 ngày"}},
		{"29/2", refThu, []string{"29/02/2021"}},
		{"31/4", refThu, []string{"31/04", "30 ngày"}},
		{"32/1", refThu, []string{"ngày 32"}},
		{"0/1", refThu, []string{"ngày 0"}},
		{"15/0", refThu, []string{"tháng 0"}},
		{"15/13/2021", refThu, []string{"tháng 13"}},
		{"15/1/1800", refThu, []string{"1800"}},
		{"15/1/202", refThu, []string{"202"}},
		{"ngày 15 tháng 13", refThu, []string{"tháng 13"}},
		{"tháng 13", refThu, []string{"tháng 13"}},
		{"trong tháng 13/2021", refThu, []string{"tháng 13"}},
		{"quý V", refThu, []string{"quý V"}},
		{"quý 5 năm 2021", refThu, []string{"quý 5"}},
		{"25h", refThu, []string{"25 giờ"}},
		{"trước 25 giờ ngày 15/1", refThu, []string{"25 giờ"}},
		{"17h75", refThu, []string{"75 phút"}},
		{"17:75", refThu, []string{"75 phút"}},
		{"24h30", refThu, []string{"24 giờ 30"}},
		{"15h sáng", refThu, []string{"15 giờ sáng"}},
		{"15 giờ tối", refThu, []string{"15 giờ tối"}},
		{"22 giờ chiều", refThu, []string{"22 giờ chiều"}},
		{"16 giờ trưa", refThu, []string{"16 giờ trưa"}},
		{"ngày 30 tháng 2 năm 2021", refThu, []string{"30/02/2021"}},
		{"tháng 8/1800", refThu, []string{"1800"}},
		{"quý 2 năm 3000", refThu, []string{"3000"}},
		{"6 tháng đầu năm 1800", refThu, []string{"1800"}},
		{"thứ 8", refThu, []string{"thứ 8"}},
		{"thứ 1 tuần sau", refThu, []string{"thứ 1"}},
		{"ngày 32", refThu, []string{"ngày 32"}},
		{"ngày 32 hằng tháng", refThu, []string{"ngày 32"}},
		{"thứ 5 ngày 16/1/2021", refThu, []string{"16/01/2021", "thứ Bảy", "thứ Năm"}},
		{"năm 1800", refThu, []string{"1800"}},
		{"trong 99999 ngày", refThu, []string{"99999"}},
		{"", refThu, []string{"thời hạn"}},
		{" .,; ", refThu, []string{"thời hạn"}},
		{"abc", refThu, []string{"không nhận ra"}},
		{"trước", refThu, []string{"không nhận ra"}},
		{"15/20 tiêu chí", refThu, []string{"không nhận ra"}},
		{"đầu năm", refThu, []string{"không nhận ra"}},
		{"15/1 abc", refThu, []string{"abc"}},
		{"15/1 hoặc 16/1", refThu, []string{"hoặc 16/1"}},
	}
	for _, tt := range tests {
		d, err := Parse(tt.in, tt.ref)
		if err == nil {
			t.Errorf("Parse(%q) = %v, want error", tt.in, d)
			continue
		}
		var e *Error
		if !errors.As(err, &e) {
			t.Errorf("Parse(%q) error %T, want *Error", tt.in, err)
			continue
		}
		for _, m := range tt.mention {
			if !strings.Contains(e.Reason, m) {
				t.Errorf("Parse(%q) reason %q does not mention %q", tt.in, e.Reason, m)
			}
		}
		if !d.Time.IsZero() {
			t.Errorf("Parse(%q) returned a time with an error", tt.in)
		}
	}
}

func TestErrorString(t *testing.T) {
	e := &Error{Phrase: "30/2", Reason: "ngày 30/02 không tồn tại"}
	if got, want := e.Error(), "“30/2”: ngày 30/02 không tồn tại"; got != want {
		t.Errorf("Error() = %q, want %q", got, want)
	}
	if got := (&Error{Reason: "x"}).Error(); got != "x" {
		t.Errorf("Error() without phrase = %q", got)
	}
}

func TestParseNeverRollsOver(t *testing.T) {
	for m := 1; m <= 12; m++ {
		for d := 28; d <= 32; d++ {
			in := strconv.Itoa(d) + "/" + strconv.Itoa(m) + "/2023"
			got, err := Parse(in, refThu)
			valid := d <= daysIn(2023, m)
			if valid != (err == nil) {
				t.Errorf("Parse(%q) err = %v, valid = %v", in, err, valid)
			}
			if err == nil && (got.Time.Day() != d || int(got.Time.Month()) != m) {
				t.Errorf("Parse(%q) rolled over to %v", in, got.Time)
			}
		}
	}
}

// TestParseLead checks that a phrase says whether it opens with a lead word.
func TestParseLead(t *testing.T) {
	tests := []struct {
		phrase string
		lead   bool
	}{
		{"trước 17h ngày 15/1", true},
		{"hạn chót 20/1", true},
		{"đến hết quý II", true},
		{"trong 10 ngày", true},
		{"15/1/2021", false},
		{"thứ 5 hàng tuần", false},
		{"cuối tháng 2", false},
	}
	for _, tt := range tests {
		d, err := Parse(tt.phrase, ref003)
		if err != nil || d.Lead != tt.lead {
			t.Errorf("Parse(%q) lead %v err %v, want lead %v", tt.phrase, d.Lead, err, tt.lead)
		}
	}
}
