package deadline

import (
	"testing"
	"time"
)

// The classes found in round three of the real corpus (conclusions, directive letters, plans
// and notices), tested on sentences of my own.

var refDec3 = time.Date(2025, 12, 3, 8, 0, 0, 0, ict) // Wednesday

// TestRelativeDayParts: a part of today or tomorrow ("chiều nay", "sáng mai") is a day counted
// from the reference, read like "chiều ngày 3/12": it ends at noon, 18:00 or midnight. Opening a
// sentence it is when the work is due, not the scene of a story, unless it is today's and a
// subject follows (the press telling today's events), the clause reports, or the clause
// forecasts.
func TestRelativeDayParts(t *testing.T) {
	checkFind(t, []findCase{
		{"Chiều nay, gửi báo cáo tình hình về Văn phòng.", refDec3, "2025-12-03 18:00:00", true},
		{"Các phòng hoàn thiện dự thảo, gửi Văn phòng trong chiều nay.", refDec3, "2025-12-03 18:00:00", true},
		{"Sáng mai, Phòng Nội vụ trình dự thảo quyết định.", refDec3, "2025-12-04 12:00:00", true},
		{"Ngày mai, Phòng Tư pháp gửi báo cáo thẩm định.", refDec3, "2025-12-04 23:59:59", false},
		{"Tối nay các thôn rà soát danh sách hộ nghèo, báo cáo UBND xã.", refDec3, "2025-12-03 23:59:59", true},
		// An event announced for a day to come is when the work for it is due (preparing,
		// attending): the corpus labels it so on every round (real ids 1, 74 and 173, "Hội nghị
		// sẽ diễn ra vào sáng ngày mai - 13/1/2024"), and only a past event is a story. Kept
		// after review (deadline7): reading it as none would contradict those labels.
		{"Sáng mai (4/12), hội nghị tổng kết sẽ khai mạc tại hội trường UBND huyện.", refDec3, "2025-12-04 12:00:00", true},
	})
	noDeadline(t, refDec3,
		"Sáng nay, Thủ tướng chủ trì phiên họp Chính phủ thường kỳ.",
		"Sáng nay, tại Hà Nội, Bộ Nội vụ tổ chức hội nghị tổng kết.",
		"Chiều nay (3/12), UBND tỉnh tổ chức họp báo định kỳ.",
		"Sáng nay 3/12/2025, Ban Chỉ đạo tổ chức đoàn kiểm tra tại xã.",
		"Chiều nay, Sở đã ký văn bản hỏa tốc gửi các xã.",
		"Dự báo, bão số 15 sẽ đổ bộ vào đất liền vào chiều tối nay.",
		// "nay" alone is now, "năm nay" a year in a story
		"Hiện nay các xã đã hoàn thành rà soát.",
	)
}

// TestSemiannual: "định kỳ 6 tháng", "mỗi 6 tháng", "6 tháng một lần" come back every six months,
// at the end of June and of December; a half year's report ("báo cáo 6 tháng đầu năm") is no
// cycle.
func TestSemiannual(t *testing.T) {
	ref := time.Date(2025, 10, 1, 8, 0, 0, 0, ict)
	for _, tt := range []struct{ text, want string }{
		{"Các phòng báo cáo định kỳ 6 tháng về UBND huyện.", "2025-12-31 23:59:59"},
		{"Đề nghị các đơn vị định kỳ 6 tháng, hằng năm báo cáo kết quả về Sở Nội vụ.", "2025-12-31 23:59:59"},
		{"Các xã tự kiểm tra 6 tháng một lần.", "2025-12-31 23:59:59"},
		{"Ban Chỉ đạo sơ kết mỗi 6 tháng.", "2025-12-31 23:59:59"},
		{"Các xã gửi báo cáo vào cuối mỗi 6 tháng.", "2025-12-31 23:59:59"},
		{"Định kỳ cuối mỗi 6 tháng, Phòng Nội vụ tổng hợp kết quả.", "2025-12-31 23:59:59"},
		{"Báo cáo trước 17h cuối mỗi sáu tháng.", "2025-12-31 17:00:00"},
	} {
		d, ok, err := Find(tt.text, ref)
		if err != nil || !ok || d.Rule == nil || d.Rule.Freq != Semiannual || d.Time.Format(layout) != tt.want {
			t.Errorf("Find(%q) = %v %v %v, want semiannual %s", tt.text, d, ok, err, tt.want)
		}
	}
	for _, typed := range []string{"cuối mỗi 6 tháng", "mỗi 6 tháng", "định kỳ 6 tháng", "17h cuối mỗi sáu tháng"} {
		if d, err := Parse(typed, ref); err != nil || d.Rule == nil || d.Rule.Freq != Semiannual || d.Time.Month() != time.December {
			t.Errorf("Parse(%q) = %v, %v; want semiannual in December", typed, d, err)
		}
	}
	r := Rule{Freq: Semiannual}
	for _, tt := range []struct{ after, want string }{
		{"2025-01-10 08:00:00", "2025-06-30 23:59:59"},
		{"2025-06-30 23:59:59", "2025-12-31 23:59:59"},
		{"2025-12-31 23:59:59", "2026-06-30 23:59:59"},
	} {
		after, _ := time.ParseInLocation(layout, tt.after, ict)
		if got := r.Next(after).Format(layout); got != tt.want {
			t.Errorf("Semiannual.Next(%s) = %s, want %s", tt.after, got, tt.want)
		}
	}
	if got, want := r.String(), "mỗi 6 tháng"; got != want {
		t.Errorf("Semiannual.String() = %q, want %q", got, want)
	}
	noDeadline(t, ref,
		"Hội nghị sơ kết 6 tháng đầu năm đã đánh giá kết quả thực hiện.",
		"Các chỉ tiêu 6 tháng qua đều đạt kế hoạch.",
	)
}

// TestCountedSpans: a span a figure is counted over ("tính từ … đến …") and the period figures
// cover ("Số liệu báo cáo 6 tháng đầu năm") are no deadline; the deadline of the report is.
func TestCountedSpans(t *testing.T) {
	noDeadline(t, refDec3,
		"Số liệu báo cáo năm được tính từ ngày 15/12/2024 đến ngày 14/12/2025.",
		"Kết quả 5 năm tính từ tháng 01/2021 đến hết tháng 12/2025.",
		"Số liệu báo cáo quý IV/2025 lấy theo sổ sách của đơn vị.",
	)
	checkFind(t, []findCase{
		{"Số liệu tính từ ngày 01/01/2025 đến ngày 30/11/2025, gửi về Phòng Tài chính trước ngày 10/12/2025.", refDec3, "2025-12-10 23:59:59", false},
	})
}

// TestStateAtDay: "đến ngày X" followed by how things stand ("đang", "vẫn") reports, as "đã"
// does; followed by work asked, it stays the deadline.
func TestStateAtDay(t *testing.T) {
	noDeadline(t, refDec3,
		"Đến ngày 2.12, Văn phòng vẫn chưa nhận được báo cáo của các xã.",
		"Đến ngày 3/12/2025 trên địa bàn xã đang có 12 hộ chưa nhận hỗ trợ.",
	)
	checkFind(t, []findCase{
		{"Đề nghị các xã hoàn thiện hồ sơ đến ngày 15/12/2025.", refDec3, "2025-12-15 23:59:59", false},
	})
}

// TestPauseSpan: a span in which a service stops ("tạm dừng", "tạm ngừng") is no work due, like
// days off.
func TestPauseSpan(t *testing.T) {
	noDeadline(t, refDec3,
		"Bộ phận một cửa tạm dừng tiếp nhận hồ sơ từ ngày 20 đến 25/12 để nâng cấp phần mềm.",
		"Nhà máy nước tạm ngừng cấp nước từ ngày 10/12 đến ngày 11/12/2025.",
	)
}

// TestCitedSubject: what a document cited by its number is about ("Công văn số … về việc …") is
// no time limit of the text; a deadline word still governs.
func TestCitedSubject(t *testing.T) {
	noDeadline(t, refDec3,
		"UBND huyện vừa có Công văn số 2150/UBND-NN về việc phòng, chống rét cho đàn vật nuôi trong tháng 12/2025.",
		"Thực hiện Kế hoạch số 45/KH-UBND về việc tổ chức các hoạt động trong dịp Tết Nguyên đán năm 2026.",
	)
	checkFind(t, []findCase{
		{"Thực hiện Công văn số 88/SNV-TCBC về việc báo cáo biên chế, đề nghị các xã gửi số liệu trước ngày 12/12/2025.", refDec3, "2025-12-12 23:59:59", false},
	})
}

// TestNotUntil: "phải đến X … mới …" tells when a thing will at last happen, not when it is due.
func TestNotUntil(t *testing.T) {
	noDeadline(t, refDec3,
		"Theo chủ đầu tư, phải đến tháng 3/2026 công trình mới hoàn thành.",
		"Phải đến ngày 20/12/2025, hồ sơ mới được trả về xã.",
	)
	checkFind(t, []findCase{
		{"Các xã phải đến ngày 20/12/2025 hoàn thành việc rà soát.", refDec3, "2025-12-20 23:59:59", false},
	})
}

// TestReportedPeriodSpan: a span "từ … đến …" after the subject of a report ("báo cáo kết quả …")
// is the period reported on.
func TestReportedPeriodSpan(t *testing.T) {
	noDeadline(t, refDec3,
		"Đề nghị các xã báo cáo kết quả thực hiện từ ngày 01/7/2025 đến ngày 30/11/2025 (theo mẫu đính kèm).",
	)
	checkFind(t, []findCase{
		{"Đề nghị các xã báo cáo kết quả thực hiện từ ngày 01/7/2025 đến ngày 30/11/2025, gửi về UBND huyện trước ngày 10/12/2025.", refDec3, "2025-12-10 23:59:59", false},
		{"Từ ngày 4/12 đến ngày 10/12/2025, các thôn rà soát danh sách hộ nghèo.", refDec3, "2025-12-10 23:59:59", false},
	})
}

// TestDefinedCycle: a cycle naming a kind of report that a sentence defines ("Báo cáo định kỳ
// hằng quý là …") is no deadline; the same cycle asked of a unit is.
func TestDefinedCycle(t *testing.T) {
	noDeadline(t, refDec3, "Báo cáo định kỳ hằng quý là báo cáo tổng hợp số liệu của ba tháng.")
	checkFind(t, []findCase{
		{"Phòng Tài chính báo cáo định kỳ hằng quý về UBND xã.", refDec3, "2025-12-31 23:59:59", false},
	})
}

// TestCodeDashDate: the date joined by a dash to a document's number is that document's date.
func TestCodeDashDate(t *testing.T) {
	ref := time.Date(2020, 9, 23, 8, 0, 0, 0, ict)
	noDeadline(t, ref,
		"(Nguồn công văn số 2983/UBND-VP - 22/09/2020)",
		"Theo Kế hoạch số 115/KH-UBND - 25/9/2020 của UBND huyện.",
	)
	checkFind(t, []findCase{
		{"Các xã báo cáo theo Công văn số 2983/UBND-VP, hạn 30/09/2020.", ref, "2020-09-30 23:59:59", false},
	})
}

// TestReviewedTasks: a period after the tasks a review is about names those tasks; after tasks
// to do, it is their time limit.
func TestReviewedTasks(t *testing.T) {
	noDeadline(t, refDec3,
		"Đề nghị các phòng rà soát kỹ các nhiệm vụ trong tháng 12 và quý I/2026 để chủ động bố trí nguồn lực.",
		"Yêu cầu các xã đánh giá các chỉ tiêu trong năm 2025.",
	)
	checkFind(t, []findCase{
		{"Yêu cầu các phòng thực hiện tốt nhiệm vụ trọng tâm trong tháng 12/2025.", refDec3, "2025-12-31 23:59:59", false},
		{"Đề nghị các xã rà soát, hoàn thành các nhiệm vụ trong tháng 12/2025.", refDec3, "2025-12-31 23:59:59", false},
	})
}

// TestWeekToCome: "Tuần sau, …" opening a sentence is the week the work is due in; inside a
// sentence with no lead word, "tuần sau" stays too vague.
func TestWeekToCome(t *testing.T) {
	checkFind(t, []findCase{
		{"Tuần sau, các xã nộp báo cáo về Phòng Nội vụ.", refDec3, "2025-12-14 23:59:59", false},
		{"Các phòng hoàn thiện hồ sơ. Tuần tới, Văn phòng tổng hợp trình Chủ tịch.", refDec3, "2025-12-14 23:59:59", false},
	})
	noDeadline(t, refDec3, "Đoàn kiểm tra tuần sau sẽ làm việc với xã.")
}
