package deadline

import "testing"

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
