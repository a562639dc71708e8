package deadline

import (
	"testing"
	"time"
)

// The classes found in round four of the real corpus (the fourth collection of conclusions,
// directive letters, plans and their traps), tested on sentences of my own.

var refDec20 = time.Date(2026, 12, 20, 8, 0, 0, 0, ict) // Sunday

// TestLeadTone: a lead word written with diacritics and another tone is another word: "quan
// trọng trong tháng 12" has one "trong", "Đền Hùng" is no "đến", "Hàn Quốc" no "hạn"; a text typed
// without diacritics, or with a slip of the hat ("truớc"), still reads.
func TestLeadTone(t *testing.T) {
	ref := time.Date(2026, 11, 2, 8, 0, 0, 0, ict)
	d, ok, err := Find("Các xã tập trung thực hiện nhiệm vụ quan trọng trong tháng 12.", ref)
	if err != nil || !ok || d.Text != "trong tháng 12" || d.Time.Format(layout) != "2026-12-31 23:59:59" {
		t.Errorf("quan trọng trong tháng 12: %q %s ok %v err %v, want “trong tháng 12” 2026-12-31", d.Text, d.Time.Format(layout), ok, err)
	}
	checkFind(t, []findCase{
		{"Cac xa gui bao cao truoc ngay 15/11.", ref, "2026-11-15 23:59:59", false},
		{"Các xã gửi báo cáo truớc ngày 15/11.", ref, "2026-11-15 23:59:59", false},
	})
	for _, tt := range []struct {
		word string
		want bool
	}{{"trọng", true}, {"đền", true}, {"hàn", true}, {"trong", false}, {"đến", false}, {"truớc", false}, {"den", false}} {
		p := newParser(tt.word, ref, nil)
		if got := p.mistoned(0); got != tt.want {
			t.Errorf("mistoned(%q) = %v, want %v", tt.word, got, tt.want)
		}
	}
}

// TestPastDayWithoutYear: a day written without its year that fell in the weeks before the
// reference is that past day, not next year's: a story when no deadline word governs it, the
// limit as written when one does (a report relaying an earlier letter). Two months past, it is
// next year's again. A typed command refuses it as Passed, suggesting next year's day
// (TestTypedPastDay).
func TestPastDayWithoutYear(t *testing.T) {
	noDeadline(t, refDec20,
		"Quyết định trên nhằm thực hiện chỉ đạo tại cuộc họp vào ngày 2/12 của Chủ tịch UBND xã.",
		"Kết luận của đồng chí Chủ tịch tại buổi làm việc đến ngày 10/12 vẫn chưa được triển khai.",
	)
	checkFind(t, []findCase{
		{"Sở đã đề nghị các xã gửi báo cáo trước ngày 10/12, nhưng nhiều xã chưa gửi.", refDec20, "2026-12-10 23:59:59", false},
		{"Văn bản yêu cầu hoàn thành chậm nhất ngày 30-11.", refDec20, "2026-11-30 23:59:59", false},
		{"Xét tốt nghiệp trước ngày 15-10; hoàn thành tuyển sinh trước ngày 31-10.", refDec20, "2027-10-15 23:59:59", false},
	})
}

// TestHorizon: a year after "đến" is how far a plan or a target looks, not a time limit; "đến
// hết năm", "trong năm" and a deadline word before "đến" are limits.
func TestHorizon(t *testing.T) {
	noDeadline(t, refDec20,
		"Lấy ý kiến về quy hoạch sử dụng đất đến năm 2035 của xã.",
		"Thực hiện Nghị quyết số 05-NQ/ĐU ngày 10/3/2026 về phát triển du lịch đến năm 2030, định hướng đến năm 2045;",
		"Đại hội đề ra mục tiêu, phấn đấu đến năm 2030, xã đạt chuẩn nông thôn mới kiểu mẫu.",
	)
	checkFind(t, []findCase{
		{"Các thôn hoàn thành việc cắm mốc đến hết năm 2027.", refDec20, "2027-12-31 23:59:59", false},
		{"Phải hoàn thành việc số hóa hồ sơ chậm nhất đến năm 2027.", refDec20, "2027-12-31 23:59:59", false},
		{"Giao Phòng Kinh tế hoàn thành rà soát trong năm 2027.", refDec20, "2027-12-31 23:59:59", false},
	})
}

// TestPauses: a span after a word of pause or closure ("tạm dừng", "tạm hoãn", "đóng cửa",
// "tạm đóng", "đóng tạm thời", "phong tỏa") is a time without work, like days off; "đóng góp" is
// another word.
func TestPauses(t *testing.T) {
	noDeadline(t, refDec20,
		"Bệnh viện tạm đóng cửa khu khám bệnh từ ngày 5/1/2027 đến ngày 10/1/2027 để sửa chữa.",
		"Đóng tạm thời cảng cá từ ngày 4/1/2027 đến 25/1/2027.",
		"Tạm hoãn tiếp công dân định kỳ từ ngày 4/1/2027 đến hết ngày 8/1/2027.",
		"Phong tỏa tuyến đường từ ngày 4/1/2027 đến ngày 6/1/2027 để thi công.",
	)
	checkFind(t, []findCase{
		{"Các đơn vị đóng góp ý kiến vào dự thảo từ ngày 5/1/2027 đến ngày 10/1/2027.", refDec20, "2027-01-10 23:59:59", false},
	})
}

// TestHoursSpan: two times written as a span, with or without "từ", are hours of service.
func TestHoursSpan(t *testing.T) {
	noDeadline(t, refDec20,
		"Thời gian: 07 giờ 30 đến 11 giờ 30 các ngày làm việc tại Bộ phận một cửa.",
		"Tiếp nhận hồ sơ 13 giờ 30 đến 17 giờ hằng ngày.",
		"Tiếp công dân vào tất cả các ngày làm việc trong tuần.",
	)
	checkFind(t, []findCase{
		{"Tổ chức hội nghị từ 8 giờ đến 11 giờ ngày 28/12/2026.", refDec20, "2026-12-28 11:00:00", true},
	})
}

// TestListSharedYear: the year written at the end of a list of periods belongs to each: "tình
// hình tháng 11, quý IV và 11 tháng năm 2026" in December names months under review; a month of
// that year still to come keeps its limit.
func TestListSharedYear(t *testing.T) {
	noDeadline(t, refDec20,
		"Hội nghị thảo luận về tình hình kinh tế, triển khai các chương trình trong tháng 11, quý III và 11 tháng năm 2026.",
	)
	ref := time.Date(2026, 11, 5, 8, 0, 0, 0, ict)
	checkFind(t, []findCase{
		{"Các xã hoàn thành thu thuế trong tháng 12 và cả năm 2026.", ref, "2026-12-31 23:59:59", false},
	})
}

// TestGlossPast: a period counted from the reference and glossed in parentheses by days already
// past names that past period.
func TestGlossPast(t *testing.T) {
	noDeadline(t, refDec20,
		"Hoạt động nổi bật của lãnh đạo UBND xã trong tuần (từ 07/12 – 13/12)",
		"Kết quả công tác trong tháng (từ ngày 15/11/2026 đến ngày 15/12/2026)",
	)
}

// TestLimitsNotNested: two time limits that do not hold each other are limits of two pieces of
// work: the first written is the sentence's; a period that holds a precise day yields to it.
func TestLimitsNotNested(t *testing.T) {
	ref := time.Date(2026, 6, 1, 8, 0, 0, 0, ict)
	checkFind(t, []findCase{
		{"Đề nghị hoàn thành giải phóng mặt bằng trong năm 2026 là 70% và 100% trong quý I/2027.", ref, "2026-12-31 23:59:59", false},
		{"Trong năm 2026, các xã rà soát xong trước ngày 20/11.", ref, "2026-11-20 23:59:59", false},
	})
}

// TestYearOpening: a year opening a clause, with a comma, is the year the work is due when the
// clause asks for it; when it tells, describes or the year has ended, it is none.
func TestYearOpening(t *testing.T) {
	ref := time.Date(2026, 12, 1, 8, 0, 0, 0, ict)
	checkFind(t, []findCase{
		{"Năm 2027, xã phấn đấu có thêm 2 thôn đạt chuẩn nông thôn mới kiểu mẫu.", ref, "2027-12-31 23:59:59", false},
		{"Riêng năm 2027, xã quyết tâm đạt thêm 3 tiêu chí.", ref, "2027-12-31 23:59:59", false},
		{"Theo UBND xã, năm 2027, xã phấn đấu hoàn thành 100% chỉ tiêu.", ref, "2027-12-31 23:59:59", false},
	})
	noDeadline(t, ref,
		"Năm 2025, các cơ sở y tế đã khám cho 20 nghìn lượt người.",
		"Năm 2027 là năm có ý nghĩa quan trọng.",
		"Năm 2025, xã phấn đấu có thêm 2 thôn đạt chuẩn.",
		"Năm 2027, với quyết tâm cao, xã tiếp tục đổi mới.",
	)
}

// TestTargetsSet: a period after the targets or tasks a clause sets or approves ("xác định 18
// chỉ tiêu chủ yếu trong năm 2027") names them; doing them ("thực hiện các chỉ tiêu chủ yếu trong
// năm 2027") keeps the limit.
func TestTargetsSet(t *testing.T) {
	noDeadline(t, refDec20,
		"Ban Chấp hành thống nhất xác định 18 chỉ tiêu chủ yếu trong năm 2027.",
	)
	checkFind(t, []findCase{
		{"Các xã thực hiện các chỉ tiêu chủ yếu trong năm 2027.", refDec20, "2027-12-31 23:59:59", false},
	})
}

// TestBeforeTetBefore2020: the holiday calendar covers 2016–2019, so "trước Tết" in a text of
// those years is the last working day before that year's break (real dev id 494, 2016: the
// break of 2017 starts Thursday 26/1, so 25/1/2017), and sentences of my own for each year.
func TestBeforeTetBefore2020(t *testing.T) {
	at := func(y, m, d int) time.Time { return time.Date(y, time.Month(m), d, 8, 0, 0, 0, ict) }
	checkFind(t, []findCase{
		{"Theo chỉ đạo của Phó Thủ tướng, các địa phương phải đẩy nhanh tiến độ chi trả tiền bồi thường đợt 1, chậm nhất trước Tết Nguyên đán.", at(2016, 12, 27), "2017-01-25 23:59:59", false},
		{"Các xã hoàn thành chi trả trợ cấp trước Tết Nguyên đán.", at(2015, 12, 10), "2016-02-05 23:59:59", false},
		{"Sở Tài chính cấp đủ kinh phí trước Tết Nguyên đán Mậu Tuất.", at(2017, 12, 1), "2018-02-13 23:59:59", false},
		{"Đề nghị các phòng báo cáo trước Tết Nguyên đán 2019.", at(2018, 11, 20), "2019-02-01 23:59:59", false},
	})
}

// TestDateLists: three or more dates in a list, with no deadline word before them, are the days
// of a programme or of a calendar of occasions, not one time limit; with "trước" or "hạn" the
// list is still asked about.
func TestDateLists(t *testing.T) {
	noDeadline(t, refDec3,
		"Năm 2026, tỉnh tổ chức khánh thành các công trình trọng điểm vào các mốc 3/2, 30/4 và 2/9.",
		"Các đợt ra quân được tổ chức vào các ngày 15/1, 15/4, 15/7 và 15/10.",
		"Lễ phát động diễn ra vào ngày 10/12, 20/12 và 30/12 tại các xã.",
	)
	checkFind(t, []findCase{
		{"Các xã gửi báo cáo vào ngày 10/12 và tổng hợp số liệu.", refDec3, "2025-12-10 23:59:59", false},
	})
	if _, ok, err := Find("Các xã báo cáo trước ngày 10/12, 20/12 và 30/12.", refDec3); ok || err == nil {
		t.Errorf("a list of dates after \"trước\": ok %v err %v, want it asked about", ok, err)
	}
}

// TestPurposeYear: a year in the purpose of the work, with a verb of carrying out, is when the
// planned projects or goals are carried out, not the task's limit; a result due in that year
// ("để đưa vào sử dụng", "để hoàn thành") keeps it, and so does a purpose opening the sentence.
func TestPurposeYear(t *testing.T) {
	noDeadline(t, refDec3,
		"Phòng Kinh tế tổng hợp danh mục công trình đăng ký để thực hiện trong năm 2026.",
		"UBND xã trình HĐND xã kế hoạch đầu tư công để triển khai trong năm 2026, gửi kèm hồ sơ.",
	)
	checkFind(t, []findCase{
		{"Sở Xây dựng đẩy nhanh tiến độ thi công để đưa vào sử dụng trong năm 2026.", refDec3, "2026-12-31 23:59:59", false},
		{"Các xã tập trung nguồn lực để hoàn thành các tiêu chí trong năm 2026.", refDec3, "2026-12-31 23:59:59", false},
		{"Để thực hiện kế hoạch, các xã hoàn thành việc rà soát trong năm 2026.", refDec3, "2026-12-31 23:59:59", false},
	})
}

// TestGoalYears: a goal year not opening the sentence: the topic of an obligation a leader's
// speech opens ("nhấn mạnh năm 2026 phải …"), and a year written without "năm" after "vào" or
// "trước" at the end of its clause. A year qualifying a noun, a count after "vào", stay none.
func TestGoalYears(t *testing.T) {
	checkFind(t, []findCase{
		{"Chủ tịch UBND tỉnh nhấn mạnh năm 2026 phải tập trung giải ngân vốn đầu tư công.", refDec3, "2026-12-31 23:59:59", false},
		{"Bí thư Tỉnh ủy yêu cầu, năm 2026 phấn đấu thu ngân sách vượt dự toán.", refDec3, "2026-12-31 23:59:59", false},
		{"Phấn đấu đưa xã đạt chuẩn nông thôn mới nâng cao vào 2026.", refDec3, "2026-12-31 23:59:59", false},
		{"Các xã hoàn thành xóa nhà tạm trước 2026; báo cáo kết quả về Sở.", refDec3, "2026-12-31 23:59:59", false},
	})
	noDeadline(t, refDec3,
		"Kế hoạch năm 2026 phải bám sát nghị quyết của Đảng bộ.",
		"Huyện đã hỗ trợ vào 2026 hộ nghèo trên địa bàn.",
		"Chủ tịch nhấn mạnh năm 2024 phải là năm tăng tốc.",
	)
}

// TestDescribedPeriods: a month, quarter or year dating an activity that a "là" clause describes
// is when it happens, not a limit; with "phải", "cần" or "hoàn thành" it is a limit again.
func TestDescribedPeriods(t *testing.T) {
	noDeadline(t, refDec3,
		"Do đây là hoạt động trọng tâm trong tháng 12 và tháng 1/2026 nên đề nghị các chi đoàn quan tâm.",
		"Đây là sự kiện văn hóa lớn trong quý I năm 2026 của tỉnh.",
		"Hội thi là phong trào thi đua nổi bật trong năm 2026 của ngành giáo dục.",
	)
	checkFind(t, []findCase{
		{"Đây là nhiệm vụ phải hoàn thành trong tháng 12/2025.", refDec3, "2025-12-31 23:59:59", false},
		{"Yêu cầu đặt ra là các xã hoàn thành rà soát trong tháng 12/2025.", refDec3, "2025-12-31 23:59:59", false},
		{"Nhiệm vụ trọng tâm là hoàn thành giải ngân trước tháng 12/2025.", refDec3, "2025-12-31 23:59:59", false},
	})
}
