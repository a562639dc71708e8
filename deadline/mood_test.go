package deadline

import (
	"testing"
	"time"
)

// Clause mood (mood.go) and the classes found in round two of the real corpus, tested on
// sentences of my own.

var refDec25 = time.Date(2025, 12, 8, 8, 0, 0, 0, ict) // Monday

// TestMoodReport: a date no deadline word governs, in a sentence that tells what was done, said,
// estimated or measured, is the time of the story.
func TestMoodReport(t *testing.T) {
	noDeadline(t, refDec25,
		"UBND phường đã tổng kết các hoạt động văn hóa trong năm 2025.",
		"Hội nghị đã thống nhất nhiều nội dung quan trọng vào tháng 11/2025.",
		"Sở Tài chính vừa ban hành hướng dẫn quyết toán những tháng cuối năm 2025.",
		"Giám đốc Sở cho biết trong năm 2025 và quý I/2026, đoàn kiểm tra làm việc với 12 xã.",
		"Tổng thu ngân sách ước thực hiện 11 tháng năm 2025 là 320 tỷ đồng.",
		"Giá trị sản xuất 6 tháng cuối năm đạt 1.250 tỷ đồng, tăng 8,2% so với cùng kỳ.",
		"Năm 2025, tổng vốn giải ngân trong quý IV tăng 12% so với quý III.",
		"Hằng năm, huyện đã tổ chức hội thi vào tháng 12.",
		"Các xã đã hoàn thành việc chi trả trong tháng 11/2025.",
		"Tổng thu ngân sách dự kiến đạt 540 tỷ đồng trong năm 2026.",
		"Sản lượng lúa sẽ tăng 5% trong vụ đông xuân 2026.",
	)
	checkFind(t, []findCase{
		// a deadline word governs the date whatever the sentence tells: a time limit relayed
		{"Sở đã có văn bản đề nghị các xã hoàn thành trước ngày 20/12/2025.", refDec25, "2025-12-20 23:59:59", false},
		{"Bộ đã yêu cầu các tỉnh báo cáo chậm nhất ngày 15/12/2025.", refDec25, "2025-12-15 23:59:59", false},
		// the nearest marker decides: the request comes after the report
		{"Hội nghị đã đánh giá kết quả năm 2025, đồng thời yêu cầu các thôn hoàn thành trong tháng 01/2026.", refDec25, "2026-01-31 23:59:59", false},
	})
}

// TestMoodRequest: a date no deadline word governs is the deadline when the sentence asks for
// work (an order, an obligation, a plan to come, a goal), even if it tells that the plan was made.
func TestMoodRequest(t *testing.T) {
	checkFind(t, []findCase{
		{"Các xã phải gửi danh sách về Phòng Nội vụ vào ngày 20/12/2025.", refDec25, "2025-12-20 23:59:59", false},
		{"Đề nghị các thôn tổ chức họp dân trong tháng 12/2025.", refDec25, "2025-12-31 23:59:59", false},
		{"Giao Phòng Kinh tế triển khai trong quý I/2026.", refDec25, "2026-03-31 23:59:59", false},
		{"Hội nghị tổng kết sẽ diễn ra vào ngày 26/12/2025.", refDec25, "2025-12-26 23:59:59", false},
		{"Lễ ra quân dự kiến tổ chức vào ngày 5/1/2026.", refDec25, "2026-01-05 23:59:59", false},
		{"Phấn đấu đạt 100% kế hoạch giải ngân trong quý I/2026.", refDec25, "2026-03-31 23:59:59", false},
		// a directive relayed in the past is still work to come
		{"Phường đã yêu cầu các khu phố tổng vệ sinh vào Chủ nhật hằng tuần.", refDec25, "2025-12-14 23:59:59", false},
		{"UBND tỉnh vừa chỉ đạo các sở rà soát trong tháng 12/2025.", refDec25, "2025-12-31 23:59:59", false},
		{"Xã đã lên kế hoạch chi trả quà Tết cho người có công vào ngày 10/1/2026.", refDec25, "2026-01-10 23:59:59", false},
		{"Huyện đã xác định mục tiêu, nhiệm vụ trọng tâm quý I năm 2026.", refDec25, "2026-03-31 23:59:59", false},
		// no marker at all: a typed task keeps its date
		{"Phòng Văn hóa nộp báo cáo tổng kết 20/12/2025", refDec25, "2025-12-20 23:59:59", false},
	})
	// a plan's measure is a result, not work to come
	noDeadline(t, refDec25, "Xã mới đạt 45% kế hoạch vốn trong 11 tháng năm 2025.")
}

// TestMoodOngoing: "thường xuyên" says the work goes on: a date is then no deadline, a cycle is.
func TestMoodOngoing(t *testing.T) {
	noDeadline(t, refDec25,
		"Bộ phận một cửa tiếp nhận hồ sơ thường xuyên vào các ngày làm việc trong năm.",
		"Công an xã thường xuyên tuần tra trong tháng 12.",
	)
	checkFind(t, []findCase{
		{"Các thôn thường xuyên tổng vệ sinh hằng tuần.", refDec25, "2025-12-14 23:59:59", false},
	})
}

// TestMoodNarrativeOpening: a sentence that opens with a day and its subject tells a story (with
// no marker, its later dates and cycles are the story's too); a day with its hour or followed by
// a verb of work, or a sentence that says "hạn" or "phải", is a task.
func TestMoodNarrativeOpening(t *testing.T) {
	noDeadline(t, refDec25,
		"Ngày 5/12/2025, Thủ tướng ban hành quyết định về quy trình rà soát hằng năm.",
		"Chiều 6/12, Ban Thường vụ họp rà soát tình hình thực hiện nhiệm vụ trong 11 tháng năm 2025.",
		"🔔 Ngày 6/12, tập thể lãnh đạo UBND xã chủ trì phiên họp thường kỳ tháng 12.",
	)
	checkFind(t, []findCase{
		{"Ngày 15/12/2025, gửi báo cáo về Văn phòng UBND.", refDec25, "2025-12-15 23:59:59", false},
		{"ngày 16/12/2025 9h, gửi hồ sơ về Phòng Nội vụ.", refDec25, "2025-12-16 09:00:00", true},
		{"Ngày 18/12, Phòng Kinh tế phải nộp báo cáo.", refDec25, "2025-12-18 23:59:59", false},
	})
}

// TestOccasions: a date in the name of a holiday or an anniversary is no deadline.
func TestOccasions(t *testing.T) {
	noDeadline(t, refJun25,
		"UBND xã yêu cầu các thôn treo cờ, tổng vệ sinh chào mừng Quốc khánh 2/9.",
		"Các trường tổ chức hoạt động kỷ niệm 27/7 tại nghĩa trang liệt sĩ.",
		"Đoàn xã phối hợp tuyên truyền kỷ niệm Ngày Thương binh Liệt sĩ 27-7.",
	)
	checkFind(t, []findCase{
		{"Các thôn hoàn thành tổng vệ sinh trước ngày 2/9 để chào mừng Quốc khánh.", refJun25, "2025-09-02 23:59:59", false},
	})
}

// TestDaysOffSchedules: the days of a schedule of rest (days off, a working day to make up) are no
// deadline; a duty assigned over them is.
func TestDaysOffSchedules(t *testing.T) {
	noDeadline(t, refDec25,
		"Cán bộ, công chức được nghỉ Tết từ thứ Bảy 14/2/2026 (tức 27 tháng Chạp) đến hết Chủ nhật 22/2/2026.",
		"Lịch nghỉ Tết Dương lịch: công chức đi làm thứ Bảy, ngày 27/12/2025 để nghỉ thứ Sáu, ngày 2/1/2026.",
	)
	checkFind(t, []findCase{
		{"Giao Văn phòng phân công trực Tết từ ngày 14/2/2026 đến hết ngày 22/2/2026.", refDec25, "2026-02-22 23:59:59", false},
		{"Tiếp công dân định kỳ vào ngày 20 hàng tháng, nếu trùng ngày nghỉ thì chuyển sang ngày làm việc tiếp theo.", refDec25, "2025-12-20 23:59:59", false},
	})
}

// TestOfficeHoursJoined: a weekday joined by "và" to a span of office hours is part of them.
func TestOfficeHoursJoined(t *testing.T) {
	noDeadline(t, refDec25,
		"Thời gian tiếp nhận hồ sơ: từ thứ 2 đến thứ 6 và sáng thứ 7 hàng tuần.",
		"Bộ phận một cửa làm việc từ thứ Hai đến thứ Sáu và thứ Bảy.",
	)
}

// TestOneDayTwice: a day written twice (a relative day and its date) is one deadline; two
// different days, or two hours of one day offered as a choice, are not.
func TestOneDayTwice(t *testing.T) {
	checkFind(t, []findCase{
		{"Hội nghị sẽ diễn ra vào sáng ngày mai - 9/12/2025 tại hội trường xã.", refDec25, "2025-12-09 12:00:00", true},
	})
	for _, s := range []string{
		"Hội nghị sẽ diễn ra vào sáng ngày mai - 10/12/2025.",
		"nộp trước 9h ngày 10/12/2025 hoặc 15h ngày 10/12/2025",
	} {
		if _, ok, err := Find(s, refDec25); ok || err == nil {
			t.Errorf("Find(%q): ok %v err %v, want an error naming both", s, ok, err)
		}
	}
}

// TestNamedDays: "N ngày" followed by its days, a spaced range or a colon, names them; a range of
// days written with a spaced dash is its last day.
func TestNamedDays(t *testing.T) {
	checkFind(t, []findCase{
		{"Đại hội diễn ra trong 2 ngày: 18-19/12/2025.", refDec25, "2025-12-19 23:59:59", false},
		{"Đại hội diễn ra trong 2 ngày 18-19/12/2025.", refDec25, "2025-12-19 23:59:59", false},
		{"Kỳ thi dự kiến diễn ra từ ngày 15 - 17/12/2025.", refDec25, "2025-12-17 23:59:59", false},
		{"báo cáo trong 2 ngày", refDec25, "2025-12-10 23:59:59", false},
	})
}

// TestForecastsAndPastPeriods: a forecast tells the weather, not work; a period with its year (or
// the months of this year) that ended before the reference, after "trong", tells of the past. A
// deadline word keeps even a past day, for the caller to refuse.
func TestForecastsAndPastPeriods(t *testing.T) {
	noDeadline(t, refDec25,
		"Từ ngày 10/12 đến ngày 12/12, ở các tỉnh miền Trung có mưa to đến rất to.",
		"Dự báo trong ngày 9/12, vùng núi phía Bắc trời rét.",
		"Mặc dù vậy, trong 11 tháng năm 2025, kinh tế của tỉnh cơ bản ổn định.",
		"trong tháng 10/2025 lượng khách du lịch tăng mạnh.",
	)
	checkFind(t, []findCase{
		{"Từ ngày 10/12 đến ngày 12/12, UBND các xã rà soát hộ nghèo.", refDec25, "2025-12-12 23:59:59", false},
		{"Các xã hoàn thành trong 6 tháng đầu năm 2026.", refDec25, "2026-06-30 23:59:59", false},
	})
	if d, ok, err := Find("Các xã báo cáo trước ngày 30/11/2025.", refDec25); !ok || err != nil || d.Time.Format(layout) != "2025-11-30 23:59:59" {
		t.Errorf("a past day after a deadline word: got %v %v %v, want 2025-11-30 23:59:59", d.Time, ok, err)
	}
}

// TestAppointmentOpening: a day with its hour that opens a sentence is an appointment: the duty
// that follows keeps its cycle.
func TestAppointmentOpening(t *testing.T) {
	d, ok, err := Find("Ngày 9/12/2025 lúc 8h, UBND xã họp giao ban, các thôn báo cáo hằng tuần.", refDec25)
	if !ok || err != nil || d.Rule == nil || d.Rule.Freq != Weekly {
		t.Errorf("got %v %v %v, want a weekly rule", d, ok, err)
	}
}
