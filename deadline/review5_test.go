package deadline

import (
	"testing"
	"time"
)

// refDec26 is a Monday in December 2026, the day of the fifth review.
var refDec26 = time.Date(2026, 12, 7, 9, 0, 0, 0, ict)

// TestInvestmentIsNoStart: "đầu tư" folds to "dau tu", and "tư" to the start word "từ"; a date
// right after "đầu tư" is no starting point. With diacritics only "từ" starts; without them
// "tu" starts except after "dau" or "thu" ("thu tu": "thứ tư", "thứ tự").
func TestInvestmentIsNoStart(t *testing.T) {
	cases := []findCase{
		{"bàn giao cho chủ đầu tư trước ngày 20/12", refDec26, "2026-12-20 23:59:59", false},
		{"thẩm định hồ sơ đầu tư trong tháng 12", refDec26, "2026-12-31 23:59:59", false},
		{"trình phê duyệt chủ trương đầu tư trong tháng 12/2026", refDec26, "2026-12-31 23:59:59", false},
		{"ban giao cho chu dau tu truoc ngay 20/12", refDec26, "2026-12-20 23:59:59", false},
		{"tham dinh ho so dau tu trong thang 12", refDec26, "2026-12-31 23:59:59", false},
		{"BÀN GIAO CHO CHỦ ĐẦU TƯ TRƯỚC NGÀY 20/12", refDec26, "2026-12-20 23:59:59", false},
	}
	checkFind(t, cases)
	typed := Reader{Typed: true}
	for _, tt := range cases[:3] {
		if d, ok, err := typed.FindOne(tt.text, tt.ref); !ok || err != nil || d.Time.Format(layout) != tt.want {
			t.Errorf("typed FindOne(%q) = %s ok %v err %v, want %s", tt.text, d.Time.Format(layout), ok, err, tt.want)
		}
	}
	// "từ" and a bare "tu" in a text typed without diacritics still start.
	noDeadline(t, refDec26,
		"Luật có hiệu lực từ ngày 20/12/2026.",
		"Luat co hieu luc tu ngay 20/12/2026.",
		"Quy định áp dụng kể từ ngày 20/12/2026.",
		"Quy dinh ap dung ke tu ngay 20/12/2026.",
	)
}
