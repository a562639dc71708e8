package deadline

import (
	"errors"
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

// TestPlainWordsOfContext: the words of context compared as written ("riêng", "là", "phải",
// "cần", "mới", "trùng", "nghỉ", "tạm dừng") are also read in a text typed without diacritics,
// and in capitals; without diacritics a folded word that is also another word ("đề nghị",
// "cán bộ", "sử dụng", "hoàn thành", "mọi") is not taken for them.
func TestPlainWordsOfContext(t *testing.T) {
	checkFind(t, []findCase{
		{"Riêng năm 2027, các xã cần hoàn thành tiêu chí nông thôn mới.", refDec26, "2027-12-31 23:59:59", false},
		{"Rieng nam 2027, cac xa can hoan thanh tieu chi nong thon moi.", refDec26, "2027-12-31 23:59:59", false},
		{"RIÊNG NĂM 2027, CÁC XÃ CẦN HOÀN THÀNH TIÊU CHÍ NÔNG THÔN MỚI.", refDec26, "2027-12-31 23:59:59", false},
		// "phải"/"cần" oblige: a limit
		{"Đây là nhiệm vụ phải hoàn thành trong tháng 12.", refDec26, "2026-12-31 23:59:59", false},
		{"Day la nhiem vu phai hoan thanh trong thang 12.", refDec26, "2026-12-31 23:59:59", false},
		// "cán bộ" is no "cần", "mọi" no "mới", "đề nghị" no "nghỉ", "hoàn thành" no "hoãn"
		{"De nghi cac xa hoan thanh viec su dung dat tu ngay 1/12 den ngay 20/12.", refDec26, "2026-12-20 23:59:59", false},
		{"Đề nghị các xã hoàn thành việc sử dụng đất từ ngày 1/12 đến ngày 20/12.", refDec26, "2026-12-20 23:59:59", false},
		{"Phai den ngay 20/12 moi don vi nop bao cao.", refDec26, "2026-12-20 23:59:59", false},
	})
	noDeadline(t, refDec26,
		// "là" describes an activity in its month
		"Đây là nhiệm vụ trọng tâm trong tháng 12.",
		"Day la nhiem vu trong tam trong thang 12.",
		"ĐÂY LÀ NHIỆM VỤ TRỌNG TÂM TRONG THÁNG 12.",
		// "phải đến … mới": when a thing at last happens
		"Phải đến tháng 12 năm 2026, việc quyết toán mới được thực hiện.",
		"Phai den thang 12 nam 2026, viec quyet toan moi duoc thuc hien.",
		// "trùng": a day that coincides
		"Nếu trùng ngày 20/12 thì lùi lại.",
		"Neu trung ngay 20/12 thi lui lai.",
		// a pause of a service
		"Bộ phận một cửa tạm dừng tiếp nhận hồ sơ từ ngày 25/12 đến ngày 30/12.",
		"Bo phan mot cua tam dung tiep nhan ho so tu ngay 25/12 den ngay 30/12.",
		"BỘ PHẬN MỘT CỬA TẠM DỪNG TIẾP NHẬN HỒ SƠ TỪ NGÀY 25/12 ĐẾN NGÀY 30/12.",
		"Cong chuc duoc nghi tu ngay 25/12 den ngay 27/12.",
	)
	// a span that ends in what was done or how things stand is a report, typed with or without
	// diacritics
	noDeadline(t, refDec26,
		"Đến hết ngày 17/12, các xã đang kê khai.",
		"Den het ngay 17/12, cac xa dang ke khai.",
		"DEN HET NGAY 17/12, CAC XA DANG KE KHAI.",
		"Den ngay 17/12, So Tai chinh van chua nhan duoc bao cao.",
		"Den het ngay 17/12, cac xa da hoan thanh ke khai.",
	)
	// without diacritics "Đảng", "đăng ký", "văn bản", "đa dạng" are none of those words
	checkFind(t, []findCase{
		{"Den het ngay 20/12, cac xa hoan thanh bao cao Dang uy xa.", refDec26, "2026-12-20 23:59:59", false},
		{"Den het ngay 20/12, cac ho hoan thanh dang ky thuong tru.", refDec26, "2026-12-20 23:59:59", false},
		{"Den het ngay 20/12, cac xa gui van ban ve UBND huyen.", refDec26, "2026-12-20 23:59:59", false},
		{"Den het ngay 20/12, cac xa hoan thanh mo hinh da dang sinh ke.", refDec26, "2026-12-20 23:59:59", false},
	})
	// "Đây là hoạt động … của cán bộ trong tháng 12" typed without diacritics: "can bo" is no
	// obligation, so the month stays described.
	noDeadline(t, refDec26, "Day la hoat dong cua can bo trong thang 12.")
}

// TestTypedOpeningDayNoComma: a typed command opening with "Ngày …" followed directly by a unit
// or a verb has that day as its deadline, with or without a comma; "Phòng" after "ngày 20/12"
// is no count ("15/20 phòng"). A published text told so still tells a story.
func TestTypedOpeningDayNoComma(t *testing.T) {
	typed := Reader{Typed: true}
	for _, s := range []string{
		"Ngày 20/12 Phòng Nội vụ gửi danh sách",
		"Ngày 20/12, Phòng Nội vụ gửi danh sách",
		"Ngay 20/12 Phong Noi vu gui danh sach",
		"NGÀY 20/12 PHÒNG NỘI VỤ GỬI DANH SÁCH",
		"Ngày 20/12 xã Quảng Lợi nộp hồ sơ",
		"Ngày 20/12 gửi danh sách về Phòng Nội vụ",
	} {
		if d, ok, err := typed.FindOne(s, refDec26); !ok || err != nil || d.Time.Format(layout) != "2026-12-20 23:59:59" {
			t.Errorf("typed FindOne(%q) = %s ok %v err %v, want 2026-12-20 23:59:59", s, d.Time.Format(layout), ok, err)
		}
	}
	noDeadline(t, refDec26, "Ngày 20/12 Phòng Nội vụ tổ chức hội nghị tổng kết.")
	checkFind(t, []findCase{
		{"Ngày 20/12 Phòng Nội vụ phải gửi danh sách.", refDec26, "2026-12-20 23:59:59", false},
		{"Phòng Nội vụ gửi danh sách trước ngày 20/12 phòng Tư pháp tổng hợp", refDec26, "2026-12-20 23:59:59", false},
	})
}

// TestTypedPastDay: in a typed command, a day written without a year that fell in the weeks
// before is refused as Passed, suggesting next year's day (to be confirmed by writing the year);
// two months past it is next year's. "17h hôm qua" is refused as Passed, suggesting 17h today
// (or tomorrow, once 17h today has passed too), never read silently as today.
func TestTypedPastDay(t *testing.T) {
	typed := Reader{Typed: true}
	late := time.Date(2026, 12, 7, 18, 0, 0, 0, ict)
	for _, tt := range []struct {
		text    string
		ref     time.Time
		suggest string
	}{
		{"Phòng Nội vụ gửi danh sách trước ngày 5/12", refDec26, "2027-12-05 23:59:59"},
		{"trước ngày 5/12", refDec26, "2027-12-05 23:59:59"},
		{"truoc ngay 5/12", refDec26, "2027-12-05 23:59:59"},
		{"nộp báo cáo trước 17h ngày 20/10", refDec26, "2027-10-20 17:00:00"},
		{"trước 17h hôm qua", refDec26, "2026-12-07 17:00:00"},
		{"TRƯỚC 17H HÔM QUA", refDec26, "2026-12-07 17:00:00"},
		{"Phòng Y tế báo cáo trước 17h ngày hôm qua", refDec26, "2026-12-07 17:00:00"},
		{"trước 17h hôm qua", late, "2026-12-08 17:00:00"},
	} {
		for name, find := range map[string]func(string, time.Time) (Deadline, bool, error){"Find": typed.Find, "FindOne": typed.FindOne} {
			_, ok, err := find(tt.text, tt.ref)
			var de *Error
			if ok || !errors.As(err, &de) || de.Kind != Passed || de.Suggest == nil || de.Suggest.Time.Format(layout) != tt.suggest {
				t.Errorf("typed %s(%q) ok %v err %v, want Passed suggesting %s", name, tt.text, ok, err, tt.suggest)
			}
		}
	}
	for _, text := range []string{"trước 17h hôm qua", "trước ngày 5/12"} {
		var de *Error
		if _, err := typed.Parse(text, refDec26); !errors.As(err, &de) || de.Kind != Passed {
			t.Errorf("typed Parse(%q) err %v, want Passed", text, err)
		}
	}
	// Two months and more past: next year's, as written.
	if d, ok, err := typed.FindOne("nộp báo cáo trước ngày 15/9", refDec26); !ok || err != nil || d.Time.Format(layout) != "2027-09-15 23:59:59" {
		t.Errorf("typed “trước ngày 15/9” on 07/12 = %s ok %v err %v, want 15/09/2027", d.Time.Format(layout), ok, err)
	}
	// A published text relays the limit as written.
	checkFind(t, []findCase{
		{"Sở đã yêu cầu các xã gửi báo cáo trước 17h hôm qua.", refDec26, "2026-12-06 17:00:00", true},
	})
}

// TestOnceEvery: how often work is done, "N <unit> một lần", "N <unit>/lần", "1 lần/<unit>", is a
// recurrence as "hằng quý" is; a count with no rule ("2 tuần một lần") is left unread.
func TestOnceEvery(t *testing.T) {
	for _, tt := range []struct{ text, rule string }{
		{"Các xã báo cáo 6 tháng/lần.", "mỗi 6 tháng"},
		{"Cac xa bao cao 6 thang/lan.", "mỗi 6 tháng"},
		{"CÁC XÃ BÁO CÁO 06 THÁNG / LẦN.", "mỗi 6 tháng"},
		{"Các xã báo cáo sáu tháng/lần.", "mỗi 6 tháng"},
		{"Các xã báo cáo 3 tháng một lần.", "cuối mỗi quý"},
		{"Các xã báo cáo ba tháng/lần.", "cuối mỗi quý"},
		{"Các xã báo cáo quý/lần.", "cuối mỗi quý"},
		{"Các xã báo cáo tháng/lần.", "cuối mỗi tháng"},
		{"Các xã báo cáo 1 lần/tháng.", "cuối mỗi tháng"},
		{"Các xã báo cáo tuần một lần.", "cuối mỗi tuần"},
		{"Các xã báo cáo 1 năm/lần.", "cuối mỗi năm"},
		{"Các xã báo cáo 12 tháng một lần.", "cuối mỗi năm"},
	} {
		d, ok, err := Find(tt.text, refDec26)
		if !ok || err != nil || d.Rule == nil || d.Rule.String() != tt.rule {
			t.Errorf("Find(%q) = %v ok %v err %v, want the rule %q", tt.text, d.Rule, ok, err, tt.rule)
		}
	}
	noDeadline(t, refDec26, "Các xã báo cáo 2 tuần một lần.", "Các xã báo cáo hai tuần một lần.", "Các xã báo cáo 2 lần/tháng.")
}

// TestOrderIsNoWednesday: "thứ tự" (order) folds to "thu tu" as "thứ tư" does; written with its
// tone it is no weekday, so the date after it reads alone.
func TestOrderIsNoWednesday(t *testing.T) {
	checkFind(t, []findCase{
		{"Các xã nộp hồ sơ theo thứ tự ngày 20/12", refDec26, "2026-12-20 23:59:59", false},
		{"CÁC XÃ NỘP HỒ SƠ THEO THỨ TỰ NGÀY 20/12", refDec26, "2026-12-20 23:59:59", false},
		{"Các xã nộp hồ sơ trước thứ Tư ngày 9/12", refDec26, "2026-12-09 23:59:59", false},
		{"Cac xa nop ho so truoc thu tu ngay 9/12", refDec26, "2026-12-09 23:59:59", false},
		{"Các xã nộp hồ sơ trước thứ bẩy tuần này", refDec26, "2026-12-12 23:59:59", false},
	})
}

// TestPlainDaysOff: a schedule of days off reads without diacritics too, where "nghi" cannot be
// "nghị" or "nghi lễ".
func TestPlainDaysOff(t *testing.T) {
	noDeadline(t, refDec26,
		"Công chức đi làm thứ Bảy, ngày 26/12/2026 để nghỉ thứ Sáu.",
		"Cong chuc duoc nghi bu thu Sau, ngay 25/12/2026.",
		"CÔNG CHỨC ĐƯỢC NGHỈ BÙ THỨ SÁU, NGÀY 25/12/2026.",
	)
	checkFind(t, []findCase{
		{"De nghi cac xa gui bao cao ngay 25/12/2026.", refDec26, "2026-12-25 23:59:59", false},
	})
}
