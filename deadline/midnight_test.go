package deadline

import (
	"errors"
	"strings"
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
	// A phrase is read by Parse, a sentence (a typed task, /giao) by FindOne; published is a text
	// read by the calendar (its reference is its date, not a time of night).
	read := []struct {
		text      string
		ref       time.Time
		want      string
		published bool
	}{
		{"sáng mai", ref2350, "2025-12-04 12:00:00", false},
		{"tối nay", ref2350, "2025-12-03 23:59:59", false},
		{"ngày mai", ref2350, "2025-12-04 23:59:59", false},
		{"sáng mai", ref0030, "2025-12-04 12:00:00", false},
		{"trước 17h chiều mai", ref0030, "2025-12-04 17:00:00", false},
		{"ngày mai", ref0030, "2025-12-04 23:59:59", false},
		{"ngày kia", ref0030, "2025-12-05 23:59:59", false},
		{"sáng mai", ref0400, "2025-12-05 12:00:00", false},
		{"chiều nay", ref0400, "2025-12-04 18:00:00", false},
		{"sáng mai", ref0030, "2025-12-05 12:00:00", true},
		{"tối nay", ref0030, "2025-12-04 23:59:59", true},
		{"Sáng mai, Phòng Nội vụ trình dự thảo quyết định.", ref0030, "2025-12-04 12:00:00", false},
		{"Sáng mai, Phòng Nội vụ trình dự thảo quyết định.", ref2350, "2025-12-04 12:00:00", false},
		{"Các thôn rà soát danh sách hộ nghèo, báo cáo UBND xã tối nay.", ref2350, "2025-12-03 23:59:59", false},
	}
	for _, tt := range read {
		r := Reader{Typed: !tt.published}
		d, err := r.Parse(tt.text, tt.ref)
		if sentence(tt.text) {
			var ok bool
			if d, ok, err = r.FindOne(tt.text, tt.ref); !ok && err == nil {
				err = errors.New("no deadline")
			}
		}
		if err != nil || d.Time.Format(layout) != tt.want {
			t.Errorf("typed %v: %q at %s = %s %v, want %s", !tt.published, tt.text, tt.ref.Format("15:04"), d.Time.Format(layout), err, tt.want)
		}
	}
	// A day named from today that is already over is refused as Passed, never assigned without
	// its deadline; the example of the suggestion reads back as it. suggest "" : any suggestion.
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
		{"Phòng KTHT nộp báo cáo chiều nay", ref0030, ""},
		{"Phòng KTHT nộp báo cáo hôm nay 17h", ref0030, ""},
		{"Phòng KTHT nộp báo cáo hôm nay", ref0030, ""},
	}
	typed := Reader{Typed: true}
	for _, tt := range passed {
		_, err := typed.Parse(tt.text, tt.ref)
		if sentence(tt.text) {
			var ok bool
			if _, ok, err = typed.FindOne(tt.text, tt.ref); ok {
				err = errors.New("a deadline read")
			}
		}
		var e *Error
		if !errors.As(err, &e) || e.Kind != Passed || e.Suggest == nil || tt.suggest != "" && e.Suggest.Time.Format(layout) != tt.suggest {
			t.Errorf("typed %q at %s: %v, want Passed suggesting %s", tt.text, tt.ref.Format("15:04"), err, tt.suggest)
			continue
		}
		if back, err := Parse(Example(e.Suggest.Time, e.Suggest.HasTime), tt.ref); err != nil || !back.Time.Equal(e.Suggest.Time) {
			t.Errorf("the example of %q, %q, reads back as %v %v", tt.text, Example(e.Suggest.Time, e.Suggest.HasTime), back.Time, err)
		}
	}
}

// sentence reports whether a test text is a sentence (a task) rather than a phrase.
func sentence(s string) bool { return strings.Count(s, " ") > 4 }
