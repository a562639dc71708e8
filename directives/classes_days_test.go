package directives

import "testing"

// Days that are names, and plans: a movement called after a weekday sets
// no deadline; what the issuer plans to do at a session is no work given.

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

func TestClassTheIssuersOwnPlanAfterAFrame(t *testing.T) {
	checkClasses(t, provinceDirectory(), []classCase{
		{"the issuer will present, after the frame of the session", "Dự kiến, tại kỳ họp cuối năm, UBND tỉnh sẽ trình HĐND tỉnh 12 nghị quyết.\n\nĐề nghị Sở Tài chính hoàn thiện dự toán ngân sách.",
			[]want{{text: "hoàn thiện dự toán", lead: "stc"}}},
		{"a unit will report, after the frame: still its work", "Tại kỳ họp cuối năm, Sở Tài chính sẽ báo cáo dự toán ngân sách.",
			[]want{{text: "báo cáo dự toán", lead: "stc", deadline: "2025-12-31 23:59"}}},
	})
}
