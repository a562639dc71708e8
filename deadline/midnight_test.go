package deadline

import (
	"errors"
	"testing"
	"time"
)

// Near midnight, in the organisation's zone (the reference's location): until 04:00 people
// typing still speak of the day before as "today", so at 00:30 "sáng mai" is the morning a few
// hours away and "tối nay" the evening just ended; a day named from today that is already over
// is refused as Passed, suggesting the same part of the next day. A published text is read by
// the calendar (its reference is its date, not a time of night).
var (
	ref2350 = time.Date(2025, 12, 3, 23, 50, 0, 0, ict) // Wednesday, ten minutes to midnight
	ref0030 = time.Date(2025, 12, 4, 0, 30, 0, 0, ict)  // Thursday, half past midnight
	ref0400 = time.Date(2025, 12, 4, 4, 0, 0, 0, ict)   // Thursday, the small hours over
)

func TestNearMidnight(t *testing.T) {
	read := []struct {
		text string
		ref  time.Time
		want string
	}{
		{"sáng mai", ref2350, "2025-12-04 12:00:00"},
		{"tối nay", ref2350, "2025-12-03 23:59:59"},
		{"ngày mai", ref2350, "2025-12-04 23:59:59"},
		{"sáng mai", ref0030, "2025-12-04 12:00:00"},
		{"trước 17h chiều mai", ref0030, "2025-12-04 17:00:00"},
		{"ngày mai", ref0030, "2025-12-04 23:59:59"},
		{"ngày kia", ref0030, "2025-12-05 23:59:59"},
		{"sáng mai", ref0400, "2025-12-05 12:00:00"},
		{"chiều nay", ref0400, "2025-12-04 18:00:00"},
	}
	for _, tt := range read {
		d, err := Reader{Typed: true}.Parse(tt.text, tt.ref)
		if err != nil || d.Time.Format(layout) != tt.want {
			t.Errorf("typed: Parse(%q) at %s = %s %v, want %s", tt.text, tt.ref.Format("15:04"), d.Time.Format(layout), err, tt.want)
		}
	}
	// A published text: by the calendar.
	for _, tt := range []struct{ text, want string }{{"sáng mai", "2025-12-05 12:00:00"}, {"tối nay", "2025-12-04 23:59:59"}} {
		if d, err := Parse(tt.text, ref0030); err != nil || d.Time.Format(layout) != tt.want {
			t.Errorf("published: Parse(%q) at 00:30 = %s %v, want %s", tt.text, d.Time.Format(layout), err, tt.want)
		}
	}
	passed := []struct {
		text    string
		ref     time.Time
		suggest string
	}{
		{"chiều nay", ref2350, "2025-12-04 18:00:00"},
		{"trước 17h chiều nay", ref2350, "2025-12-04 17:00:00"},
		{"chiều nay", ref0030, "2025-12-04 18:00:00"},
		{"tối nay", ref0030, "2025-12-04 23:59:59"},
		{"hôm nay", ref0030, "2025-12-04 23:59:59"},
		{"sáng nay", ref0030, "2025-12-04 12:00:00"},
	}
	for _, tt := range passed {
		_, err := Reader{Typed: true}.Parse(tt.text, tt.ref)
		var e *Error
		if !errors.As(err, &e) || e.Kind != Passed || e.Suggest == nil || e.Suggest.Time.Format(layout) != tt.suggest {
			t.Errorf("Parse(%q) at %s: %v, want Passed suggesting %s", tt.text, tt.ref.Format("15:04"), err, tt.suggest)
			continue
		}
		if back, err := Parse(Example(e.Suggest.Time, e.Suggest.HasTime), tt.ref); err != nil || !back.Time.Equal(e.Suggest.Time) {
			t.Errorf("the example of %q, %q, reads back as %v %v", tt.text, Example(e.Suggest.Time, e.Suggest.HasTime), back.Time, err)
		}
	}
	// A typed task (/giao) reads the same way, and one whose day is over is asked about, never
	// assigned without its deadline.
	typed := Reader{Typed: true}
	for _, tt := range []struct {
		text string
		ref  time.Time
		want string
	}{
		{"Sáng mai, Phòng Nội vụ trình dự thảo quyết định.", ref0030, "2025-12-04 12:00:00"},
		{"Sáng mai, Phòng Nội vụ trình dự thảo quyết định.", ref2350, "2025-12-04 12:00:00"},
		{"Các thôn rà soát danh sách hộ nghèo, báo cáo UBND xã tối nay.", ref2350, "2025-12-03 23:59:59"},
	} {
		if d, ok, err := typed.FindOne(tt.text, tt.ref); !ok || err != nil || d.Time.Format(layout) != tt.want {
			t.Errorf("typed FindOne(%q) at %s = %s %v %v, want %s", tt.text, tt.ref.Format("15:04"), d.Time.Format(layout), ok, err, tt.want)
		}
	}
	for _, text := range []string{"Phòng KTHT nộp báo cáo chiều nay", "Phòng KTHT nộp báo cáo hôm nay 17h", "Phòng KTHT nộp báo cáo hôm nay"} {
		var e *Error
		if _, ok, err := typed.FindOne(text, ref0030); ok || !errors.As(err, &e) || e.Kind != Passed || e.Suggest == nil {
			t.Errorf("typed FindOne(%q) at 00:30: ok %v err %v, want Passed", text, ok, err)
		}
	}
}
