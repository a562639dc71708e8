package deadline

import (
	"testing"
	"time"
)

// TestOpeningDayOfARequest: a day opening a sentence whose clause asks for work ("cần", "đề
// nghị", "yêu cầu", "khẩn trương", "giao") is that work's deadline, not the scene of a story;
// a word written all in capitals is no name.
func TestOpeningDayOfARequest(t *testing.T) {
	checkFind(t, []findCase{
		{"Ngày 20/12/2026, Phòng Y tế cần báo cáo kết quả tiêm chủng.", refNov25, "2026-12-20 23:59:59", false},
		{"NGÀY 20/12/2026, PHÒNG Y TẾ CẦN BÁO CÁO KẾT QUẢ TIÊM CHỦNG.", refNov25, "2026-12-20 23:59:59", false},
		{"Ngày 18/12/2026, Văn phòng đề nghị các xã gửi danh sách hộ nghèo.", refNov25, "2026-12-18 23:59:59", false},
		{"Ngày 18/12/2026, UBND huyện yêu cầu Phòng Tài chính rà soát dự toán.", refNov25, "2026-12-18 23:59:59", false},
		{"Ngày 19/12/2026, Phòng KTHT khẩn trương hoàn thiện hồ sơ thiết kế.", refNov25, "2026-12-19 23:59:59", false},
		{"NGÀY 20/12/2026, ĐỀ NGHỊ PHÒNG Y TẾ BÁO CÁO KẾT QUẢ TIÊM CHỦNG.", refNov25, "2026-12-20 23:59:59", false},
		{"Ngày 20/12/2026, đề nghị Phòng Y tế báo cáo kết quả tiêm chủng.", refNov25, "2026-12-20 23:59:59", false},
	})
	noDeadline(t, refNov25,
		"Ngày 20/12/2026, Phòng Y tế tổ chức hội nghị tổng kết công tác tiêm chủng.",
		"NGÀY 20/11/2025, PHÒNG Y TẾ TỔ CHỨC HỘI NGHỊ TỔNG KẾT.",
	)
}

// TestMarkersWithoutDiacritics: request and report markers of two or more syllables are read
// in a text typed without diacritics too ("de nghi", "yeu cau", "du bao", "khan truong"), and
// "tới" after "trong N giờ" may be written "toi".
func TestMarkersWithoutDiacritics(t *testing.T) {
	checkFind(t, []findCase{
		{"Ngay 20/12/2026, de nghi Phong Y te bao cao ket qua tiem chung.", refNov25, "2026-12-20 23:59:59", false},
		{"Ngay 20/12/2026, Phong Y te khan truong bao cao ket qua tiem chung.", refNov25, "2026-12-20 23:59:59", false},
		{"Ngay 20/12/2026, UBND huyen yeu cau Phong Tai chinh ra soat du toan.", refNov25, "2026-12-20 23:59:59", false},
		{"Ngày 20/12/2026, đề nghị Phòng Y tế báo cáo kết quả tiêm chủng.", refNov25, "2026-12-20 23:59:59", false},
		{"NGAY 20/12/2026, DE NGHI PHONG Y TE BAO CAO KET QUA TIEM CHUNG.", refNov25, "2026-12-20 23:59:59", false},
	})
	noDeadline(t, refJun25,
		"Du bao trong 24 gio toi, khu vuc Bac Bo co mua vua.",
		"Dự báo trong 24 giờ tới, khu vực Bắc Bộ có mưa vừa.",
		"DỰ BÁO TRONG 24 GIỜ TỚI, KHU VỰC BẮC BỘ CÓ MƯA VỪA.",
	)
	for _, text := range []string{
		"ra soat ho so trong 24 gio toi",
		"rà soát hồ sơ trong 24 giờ tới",
		"RÀ SOÁT HỒ SƠ TRONG 24 GIỜ TỚI",
		"RA SOAT HO SO TRONG 2 NGAY TOI",
	} {
		d, ok, err := Find(text, refJun25)
		want := refJun25.Add(24 * time.Hour)
		if text == "RA SOAT HO SO TRONG 2 NGAY TOI" {
			want = time.Date(2025, 6, 4, 23, 59, 59, 0, ict)
		}
		if !ok || err != nil || !d.Time.Equal(want) {
			t.Errorf("Find(%q) = %s ok %v err %v, want %s", text, d.Time.Format(layout), ok, err, want.Format(layout))
		}
	}
}

// TestTypedForecastWindow: a typed command is always a request, so the window of a forecast
// it names ("dự báo thời tiết trong 24 giờ tới") is the window of its work.
func TestTypedForecastWindow(t *testing.T) {
	typed := Reader{Typed: true}
	for _, text := range []string{
		"dự báo thời tiết trong 24 giờ tới, gửi bản tin",
		"du bao thoi tiet trong 24 gio toi, gui ban tin",
		"DỰ BÁO THỜI TIẾT TRONG 24 GIỜ TỚI, GỬI BẢN TIN",
	} {
		for name, find := range map[string]func(string, time.Time) (Deadline, bool, error){"Find": typed.Find, "FindOne": typed.FindOne} {
			d, ok, err := find(text, refJun25)
			if !ok || err != nil || !d.Time.Equal(refJun25.Add(24*time.Hour)) {
				t.Errorf("typed %s(%q) = %s ok %v err %v, want 24 hours from now", name, text, d.Time.Format(layout), ok, err)
			}
		}
	}
}
