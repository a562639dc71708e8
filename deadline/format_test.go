package deadline

import (
	"testing"
	"time"
)

func TestFormat(t *testing.T) {
	tm := time.Date(2021, 1, 15, 17, 0, 0, 0, ict)
	if got, want := Format(tm), "15/01/2021 17:00 (thứ Sáu)"; got != want {
		t.Errorf("Format = %q, want %q", got, want)
	}
	if got, want := FormatDate(tm), "15/01/2021"; got != want {
		t.Errorf("FormatDate = %q, want %q", got, want)
	}
	names := []string{"Chủ nhật", "thứ Hai", "thứ Ba", "thứ Tư", "thứ Năm", "thứ Sáu", "thứ Bảy"}
	for d, want := range names {
		if got := WeekdayName(time.Weekday(d)); got != want {
			t.Errorf("WeekdayName(%d) = %q, want %q", d, got, want)
		}
	}
	if got := WeekdayName(9); got != "" {
		t.Errorf("WeekdayName(9) = %q", got)
	}
}

func TestDeadlineString(t *testing.T) {
	tests := []struct {
		in, want string
	}{
		{"trước 17h ngày 15/1", "15/01/2021 17:00 (thứ Sáu)"},
		{"15/1", "15/01/2021 (thứ Sáu)"},
		{"trước 17h thứ 5 hàng tuần", "17:00 thứ Năm hằng tuần, hạn gần nhất 07/01/2021 17:00 (thứ Năm)"},
	}
	for _, tt := range tests {
		d, err := Parse(tt.in, refThu)
		if err != nil {
			t.Fatal(err)
		}
		if got := d.String(); got != tt.want {
			t.Errorf("Parse(%q).String() = %q, want %q", tt.in, got, tt.want)
		}
	}
}

// TestFormatParses checks that what Format and Deadline.String print reads back.
func TestFormatParses(t *testing.T) {
	times := []time.Time{
		time.Date(2021, 1, 15, 17, 0, 0, 0, ict),
		time.Date(2022, 2, 28, 8, 5, 0, 0, ict),
		time.Date(2021, 1, 10, 0, 0, 0, 0, ict),
	}
	for _, tm := range times {
		d, err := Parse(Format(tm), refThu)
		if err != nil || !d.Time.Equal(tm) || !d.HasTime {
			t.Errorf("Parse(%q) = %v, %v; want %v", Format(tm), d.Time, err, tm)
		}
		day := Deadline{Time: endOfDay(tm)}
		d, err = Parse(day.String(), refThu)
		if err != nil || !d.Time.Equal(day.Time) || d.HasTime {
			t.Errorf("Parse(%q) = %v, %v; want %v", day.String(), d.Time, err, day.Time)
		}
	}
	if _, err := Parse("15/01/2021 (thứ Năm)", refThu); err == nil {
		t.Error("a wrong weekday in parentheses was accepted")
	}
}
func TestFormatDay(t *testing.T) {
	at := time.Date(2021, 1, 5, 7, 5, 0, 0, time.UTC)
	for _, tc := range []struct {
		withTime bool
		want     string
	}{
		{false, "05/01/2021"},
		{true, "05/01/2021 07:05"},
	} {
		if got := FormatDay(at, tc.withTime); got != tc.want {
			t.Errorf("FormatDay(%v, %v) = %q, want %q", at, tc.withTime, got, tc.want)
		}
	}
}
