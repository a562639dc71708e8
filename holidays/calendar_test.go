package holidays

import (
	"errors"
	"strings"
	"testing"
	"time"
)

var hcm = mustZone("Asia/Ho_Chi_Minh")

func mustZone(name string) *time.Location {
	loc, err := time.LoadLocation(name)
	if err != nil {
		panic(err)
	}
	return loc
}

func day(s string) time.Time {
	t, err := time.ParseInLocation("02/01/2006", s, hcm)
	if err != nil {
		panic(err)
	}
	return t
}

func TestVietnamWorkdays(t *testing.T) {
	cal := Vietnam()
	tests := []struct {
		day     string
		workday bool
		holiday bool
		name    string
	}{
		{"31/12/2025", true, false, ""},
		{"01/01/2026", false, true, "Tết Dương lịch"},
		{"02/01/2026", false, true, "Nghỉ hoán đổi dịp Tết Dương lịch (làm bù thứ Bảy 10/01)"},
		{"05/01/2026", true, false, ""},
		{"10/01/2026", true, false, "Làm bù ngày 02/01"},
		{"11/01/2026", false, false, ""},
		{"13/02/2026", true, false, ""},
		{"14/02/2026", false, false, ""},
		{"16/02/2026", false, true, "Tết Nguyên đán"},
		{"17/02/2026", false, true, "Tết Nguyên đán"},
		{"20/02/2026", false, true, "Tết Nguyên đán"},
		{"22/02/2026", false, false, ""},
		{"23/02/2026", true, false, ""},
		{"27/04/2026", false, true, "Giỗ Tổ Hùng Vương (nghỉ bù)"},
		{"29/04/2026", true, false, ""},
		{"30/04/2026", false, true, "Ngày Chiến thắng"},
		{"01/05/2026", false, true, "Quốc tế Lao động"},
		{"04/05/2026", true, false, ""},
		{"22/08/2026", true, false, "Làm bù ngày 31/08"},
		{"31/08/2026", false, true, "Nghỉ hoán đổi dịp Quốc khánh (làm bù thứ Bảy 22/08)"},
		{"02/09/2026", false, true, "Quốc khánh"},
		{"03/09/2026", true, false, ""},
		{"27/04/2024", false, false, ""},
		{"29/04/2024", false, true, "Nghỉ hoán đổi dịp 30/4 (làm bù thứ Bảy 04/05)"},
		{"04/05/2024", true, false, "Làm bù ngày 29/04"},
		{"26/04/2025", true, false, "Làm bù ngày 02/05"},
		{"02/05/2025", false, true, "Nghỉ hoán đổi dịp 30/4 (làm bù thứ Bảy 26/04)"},
		{"02/05/2023", false, true, "Giỗ Tổ Hùng Vương (nghỉ bù)"},
		{"03/05/2023", false, true, "Ngày Chiến thắng (nghỉ bù)"},
		{"24/11/2026", false, true, "Ngày Văn hóa Việt Nam"},
		// 2027 is computed: Tết on Saturday 06/02, the eve Friday 05/02;
		// Saturday and Sunday are given back on Wednesday and Thursday.
		{"05/02/2027", false, true, "Tết Nguyên đán"},
		{"06/02/2027", false, true, "Tết Nguyên đán"},
		{"09/02/2027", false, true, "Tết Nguyên đán"},
		{"10/02/2027", false, true, "Tết Nguyên đán (nghỉ bù)"},
		{"11/02/2027", false, true, "Tết Nguyên đán (nghỉ bù)"},
		{"12/02/2027", true, false, ""},
		{"16/04/2027", false, true, "Giỗ Tổ Hùng Vương"},
		// 2028: 30/4 is a Sunday, given back on Tuesday 02/05 after 1/5.
		{"02/05/2028", false, true, "Ngày Chiến thắng (nghỉ bù)"},
		{"03/05/2028", true, false, ""},
	}
	for _, tt := range tests {
		t.Run(tt.day, func(t *testing.T) {
			d := day(tt.day)
			if got := cal.IsWorkday(d); got != tt.workday {
				t.Errorf("IsWorkday(%s) = %v, want %v", tt.day, got, tt.workday)
			}
			if got := cal.IsHoliday(d); got != tt.holiday {
				t.Errorf("IsHoliday(%s) = %v, want %v", tt.day, got, tt.holiday)
			}
			if got := cal.Name(d); got != tt.name {
				t.Errorf("Name(%s) = %q, want %q", tt.day, got, tt.name)
			}
		})
	}
}

func TestAddWorkdays(t *testing.T) {
	cal := Vietnam()
	tests := []struct {
		from string
		n    int
		want string
	}{
		{"12/02/2026", 1, "13/02/2026"},
		{"13/02/2026", 1, "23/02/2026"},
		{"12/02/2026", 3, "24/02/2026"},
		{"23/02/2026", -1, "13/02/2026"},
		{"29/04/2026", 1, "04/05/2026"},
		{"28/04/2026", 2, "04/05/2026"},
		{"09/01/2026", 1, "10/01/2026"},
		{"31/12/2025", 1, "05/01/2026"},
		{"14/02/2026", 0, "14/02/2026"},
		{"03/02/2026", 10, "24/02/2026"},
		{"29/04/2024", 1, "02/05/2024"},
		{"03/05/2024", 1, "04/05/2024"},
	}
	for _, tt := range tests {
		from := day(tt.from).Add(17 * time.Hour)
		got := cal.AddWorkdays(from, tt.n)
		if want := day(tt.want).Add(17 * time.Hour); !got.Equal(want) {
			t.Errorf("AddWorkdays(%s, %d) = %s, want %s", tt.from, tt.n, got.Format("02/01/2006 15:04"), want.Format("02/01/2006 15:04"))
		}
	}
}

func TestNextWorkday(t *testing.T) {
	cal := Vietnam()
	for _, tt := range []struct{ from, want string }{
		{"14/02/2026", "23/02/2026"},
		{"30/04/2026", "04/05/2026"},
		{"10/01/2026", "10/01/2026"},
		{"11/01/2026", "12/01/2026"},
	} {
		if got := cal.NextWorkday(day(tt.from).Add(9 * time.Hour)); !got.Equal(day(tt.want)) {
			t.Errorf("NextWorkday(%s) = %s, want %s", tt.from, got.Format("02/01/2006 15:04"), tt.want)
		}
	}
}

func TestWithOverrides(t *testing.T) {
	base := Vietnam()
	cal := base.WithOverrides(
		Override{Date: Date{2026, time.March, 9}, Name: "Nghỉ kỷ niệm ngày thành lập huyện"},
		Override{Date: Date{2026, time.March, 14}, Workday: true, Name: "Làm bù ngày 09/03"},
		Override{Date: Date{2026, time.November, 24}, Workday: true, Name: "Cơ quan làm việc"},
	)
	tests := []struct {
		day     string
		workday bool
	}{
		{"09/03/2026", false},
		{"14/03/2026", true},
		{"24/11/2026", true},
		{"15/03/2026", false},
		{"16/02/2026", false},
	}
	for _, tt := range tests {
		if got := cal.IsWorkday(day(tt.day)); got != tt.workday {
			t.Errorf("IsWorkday(%s) with overrides = %v, want %v", tt.day, got, tt.workday)
		}
	}
	if !base.IsWorkday(day("09/03/2026")) || base.IsWorkday(day("14/03/2026")) {
		t.Error("WithOverrides changed the calendar it was called on")
	}
	if got := cal.Name(day("09/03/2026")); got != "Nghỉ kỷ niệm ngày thành lập huyện" {
		t.Errorf("Name = %q", got)
	}
	if !cal.IsMakeUpDay(day("14/03/2026")) || cal.IsMakeUpDay(day("13/03/2026")) {
		t.Error("IsMakeUpDay is wrong")
	}
}

func TestWithWeekend(t *testing.T) {
	cal := Vietnam().WithWeekend(time.Sunday)
	if !cal.IsWorkday(day("07/03/2026")) {
		t.Error("Saturday should be a working day when only Sunday is a rest day")
	}
	if cal.IsWorkday(day("08/03/2026")) || cal.IsWorkday(day("16/02/2026")) {
		t.Error("Sunday and Tết should stay rest days")
	}
}

func TestVietnamCoversEveryYear(t *testing.T) {
	cal := Vietnam()
	first, last := cal.Years()
	if first > 2016 || last < 2030 {
		t.Fatalf("Years() = %d–%d, want at least 2016–2030", first, last)
	}
	for y := 2016; y <= last; y++ {
		var tet, offs int
		for _, d := range cal.Days(Date{y, time.January, 1}, Date{y, time.December, 31}) {
			if d.Workday {
				continue
			}
			offs++
			if strings.HasPrefix(d.Name, "Tết Nguyên đán") {
				tet++
			}
		}
		if tet < 5 {
			t.Errorf("%d: %d days of Tết Nguyên đán, want at least 5", y, tet)
		}
		want := 11
		if y <= 2020 {
			want = 10 // Bộ luật Lao động 2012: Quốc khánh one day
		}
		if offs < want {
			t.Errorf("%d: %d days off, want at least %d", y, offs, want)
		}
	}
}

func TestParseRefusesBadData(t *testing.T) {
	for _, in := range []string{
		"2026-13-01 off Tết",
		"2026-01-01 holiday Tết",
		"2026-01-01 off",
		"2026-01-05 work Làm bù",
		"2026-01-01 off Tết\n2026-01-01 legal Tết",
	} {
		if _, err := Parse(strings.NewReader(in)); err == nil {
			t.Errorf("Parse(%q) accepted bad data", in)
		}
	}
}

func TestParseDate(t *testing.T) {
	for _, tt := range []struct {
		in   string
		want Date
		ok   bool
	}{
		{"16/03/2026", Date{2026, time.March, 16}, true},
		{"16/3/2026", Date{2026, time.March, 16}, true},
		{"16-03-2026", Date{2026, time.March, 16}, true},
		{"2026-03-16", Date{2026, time.March, 16}, true},
		{" 1.1.2027 ", Date{2027, time.January, 1}, true},
		{"30/02/2026", Date{}, false},
		{"16/03", Date{}, false},
		{"mai", Date{}, false},
	} {
		got, err := ParseDate(tt.in)
		var ie *InputError
		switch {
		case tt.ok && (err != nil || got != tt.want):
			t.Errorf("ParseDate(%q) = %v, %v; want %v", tt.in, got, err, tt.want)
		case !tt.ok && !errors.As(err, &ie):
			t.Errorf("ParseDate(%q) = %v, %v; want an InputError", tt.in, got, err)
		}
	}
}

func TestCheckOverride(t *testing.T) {
	cal := Vietnam()
	tests := []struct {
		o    Override
		want string // part of the message; "" when sensible
	}{
		{Override{Date: Date{2026, time.March, 16}}, ""},
		{Override{Date: Date{2026, time.March, 21}, Workday: true}, ""},
		{Override{Date: Date{2026, time.November, 24}, Workday: true}, ""},
		{Override{Date: Date{2026, time.March, 17}, Workday: true}, "Ngày 17/03/2026 (thứ Ba) vốn là ngày làm việc"},
		{Override{Date: Date{2026, time.March, 22}}, "Ngày 22/03/2026 (Chủ nhật) vốn đã là ngày nghỉ (Chủ nhật)"},
		{Override{Date: Date{2026, time.February, 17}}, "vốn đã là ngày nghỉ (Tết Nguyên đán)"},
	}
	for _, tt := range tests {
		err := cal.CheckOverride(tt.o)
		var ie *InputError
		switch {
		case tt.want == "" && err != nil:
			t.Errorf("CheckOverride(%v) = %v", tt.o, err)
		case tt.want != "" && (!errors.As(err, &ie) || !strings.Contains(ie.Msg, tt.want)):
			t.Errorf("CheckOverride(%v) = %v, want %q", tt.o, err, tt.want)
		}
	}
}

func TestRestReason(t *testing.T) {
	cal := Vietnam()
	for _, tt := range []struct{ day, want string }{
		{"15/03/2026", "Chủ nhật"},
		{"14/03/2026", "thứ Bảy"},
		{"17/02/2026", "ngày nghỉ Tết Nguyên đán"},
		{"10/01/2026", ""},
		{"16/03/2026", ""},
	} {
		if got := cal.RestReason(day(tt.day).Add(17 * time.Hour)); got != tt.want {
			t.Errorf("RestReason(%s) = %q, want %q", tt.day, got, tt.want)
		}
	}
}

// TestVietnam2016To2019 checks the published schedules of 2016–2019 (sources in vietnam.txt):
// the Tết breaks, the make-up days and the swaps.
func TestVietnam2016To2019(t *testing.T) {
	cal := Vietnam()
	for _, tt := range []struct {
		date string
		work bool
	}{
		{"05/02/2016", true}, {"08/02/2016", false}, {"12/02/2016", false}, {"15/02/2016", true},
		{"18/04/2016", false}, {"03/05/2016", false}, {"04/05/2016", true},
		{"02/01/2017", false}, {"25/01/2017", true}, {"26/01/2017", false}, {"01/02/2017", false},
		{"02/02/2017", true}, {"06/04/2017", false}, {"02/05/2017", false}, {"04/09/2017", false},
		{"13/02/2018", true}, {"14/02/2018", false}, {"20/02/2018", false}, {"21/02/2018", true},
		{"25/04/2018", false}, {"03/09/2018", false}, {"31/12/2018", false},
		{"05/01/2019", true}, {"01/02/2019", true}, {"04/02/2019", false}, {"08/02/2019", false},
		{"11/02/2019", true}, {"15/04/2019", false}, {"29/04/2019", false}, {"04/05/2019", true},
		{"02/09/2019", false},
	} {
		if got := cal.IsWorkday(day(tt.date)); got != tt.work {
			t.Errorf("IsWorkday(%s) = %v, want %v", tt.date, got, tt.work)
		}
	}
}
