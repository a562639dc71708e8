package directives

import "testing"

// Days that are names: a movement called after a weekday sets no deadline.

func TestClassMovementNamedByAWeekday(t *testing.T) {
	checkClasses(t, communeDirectory(), []classCase{
		{"a green Sunday is a movement", "Các thôn tổ chức ngày chủ nhật xanh, thu gom rác thải ven đường.",
			[]want{{text: "chủ nhật xanh", lead: "group:thon"}}},
		{"a volunteer Saturday is a movement", "Đề nghị Phòng Văn hóa – Xã hội phát động Thứ Bảy tình nguyện trong thanh niên.",
			[]want{{text: "Thứ Bảy tình nguyện", lead: "vhxh"}}},
		{"a Sunday is still a day", "Các thôn tổng vệ sinh đường làng vào ngày Chủ nhật.",
			[]want{{text: "tổng vệ sinh", lead: "group:thon", deadline: "2025-08-24 23:59"}}},
	})
}
