package deadline

import (
	"testing"
	"time"
)

// Classes found in real published sentences (testdata/real), tested on sentences of my own.
var (
	refNov25 = time.Date(2025, 11, 20, 8, 0, 0, 0, ict) // Thursday
	refJun25 = time.Date(2025, 6, 2, 8, 0, 0, 0, ict)   // Monday
)

// noDeadline checks that Find reads no deadline and asks nothing in each sentence.
func noDeadline(t *testing.T, ref time.Time, texts ...string) {
	t.Helper()
	for _, s := range texts {
		if d, ok, err := Find(s, ref); ok || err != nil {
			t.Errorf("Find(%q) = %s %q, ok %v, err %v; want no deadline", s, d.Time.Format(layout), d.Text, ok, err)
		}
	}
}

// TestNarrativeOpening: a date that opens a sentence and is followed by a comma and a named
// subject tells when something happened; followed by an obligation or a verb, it is the deadline.
func TestNarrativeOpening(t *testing.T) {
	noDeadline(t, refNov25,
		"Ngày 20-11, UBND xã Tân Lập tổ chức hội nghị sơ kết công tác quý IV.",
		"Ngày 21/11, Sở Y tế họp triển khai kế hoạch tiêm chủng.",
		"(TTX) Ngày 20/11/2025, Thủ tướng chủ trì phiên họp về giải ngân vốn đầu tư công.",
		"Vừa qua, ngày 21/11/2025, Hội Nông dân xã tổ chức tập huấn kỹ thuật.",
	)
	checkFind(t, []findCase{
		{"Ngày 25/11, các xã phải gửi danh sách về Phòng Nội vụ.", refNov25, "2025-11-25 23:59:59", false},
		{"25/11 17h, gửi báo cáo về Văn phòng UBND.", refNov25, "2025-11-25 17:00:00", true},
		{"Trước ngày 30/11, UBND các xã hoàn thành rà soát.", refNov25, "2025-11-30 23:59:59", false},
		{"Từ ngày 1/12 đến ngày 15/12, UBND các xã tổ chức rà soát hộ nghèo.", refNov25, "2025-12-15 23:59:59", false},
		{"28/11, Phòng Tài chính nộp báo cáo quyết toán.", refNov25, "2025-11-28 23:59:59", false},
	})
}

// TestDocumentDates: the date written after the number of a document is that document's date.
func TestDocumentDates(t *testing.T) {
	noDeadline(t, refNov25,
		"Thực hiện Công văn số 512/UBND-VX ngày 20/11 của UBND tỉnh, Phòng Văn hóa tham mưu kế hoạch.",
		"(Theo Thông báo số 88/TB-VP, ngày 20/11/2025)",
		"Căn cứ Kế hoạch 12/KH-UBND ngày 03/12 về chuyển đổi số, các xã triển khai thực hiện.",
	)
	checkFind(t, []findCase{
		{"Thực hiện Công văn số 512/UBND-VX ngày 18/11, các xã báo cáo trước ngày 28/11.", refNov25, "2025-11-28 23:59:59", false},
	})
}

// TestTalliesAndReports: a count made up to a moment, and what was done by a day, are no deadline.
func TestTalliesAndReports(t *testing.T) {
	noDeadline(t, refNov25,
		"Tính đến ngày 30/11/2025, toàn huyện đã cấp 1.200 giấy chứng nhận.",
		"Tính đến 10 giờ ngày 21/11, có 12/15 xã hoàn thành.",
		"Đến hết ngày 15/11, các xã đã hoàn thành chi trả.",
		"Đến ngày 18/11/2025, cả tỉnh có 45 xã đạt chuẩn.",
		"Lũy kế đến ngày 30/11, toàn tỉnh giải ngân được 62% kế hoạch vốn.",
		"Tính đến thời điểm 25/11/2025, có 30 hồ sơ chưa giải quyết.",
		"Từ đầu năm đến ngày 30/11, lực lượng chức năng xử lý 120 vụ vi phạm.",
		"Các đơn vị đã hoàn thành việc kiểm kê vào tháng 10/2025.",
		"Theo kế hoạch, thời gian treo cờ từ ngày 10/11/2025 đến hết ngày 12/11/2025.",
	)
	checkFind(t, []findCase{
		{"Các đơn vị tổng hợp số liệu đến hết ngày 30/11/2025, gửi Sở Tài chính trước ngày 05/12/2025.", refNov25, "2025-12-05 23:59:59", false},
	})
	checkFind(t, []findCase{
		{"Các xã hoàn thành chi trả đến hết ngày 15/12.", refNov25, "2025-12-15 23:59:59", false},
		{"Đề nghị các xã treo cờ từ ngày 1/12/2025 đến hết ngày 3/12/2025.", refNov25, "2025-12-03 23:59:59", false},
	})
	// A past day written with a word of obligation stays, for the caller to refuse as a typing error.
	if _, ok, err := Find("Phòng Tài chính báo cáo trước ngày 15/11/2025.", refNov25); !ok || err != nil {
		t.Errorf("a past day after “trước” must still be found, got ok %v err %v", ok, err)
	}
}

// TestSchedules: spans of office hours or weekdays ("từ 7 giờ đến 11 giờ", "từ thứ Hai đến thứ
// Sáu hằng tuần") are no deadline.
func TestSchedules(t *testing.T) {
	noDeadline(t, refNov25,
		"Tiếp nhận hồ sơ: sáng từ 7 giờ 30 đến 11 giờ, chiều từ 13 giờ 30 đến 17 giờ, từ thứ Hai đến thứ Sáu hằng tuần.",
		"Bộ phận một cửa làm việc từ thứ hai đến thứ bảy hàng tuần.",
	)
	checkFind(t, []findCase{
		{"Các phòng gửi báo cáo đến 16 giờ thứ Sáu tuần này.", refNov25, "2025-11-21 16:00:00", true},
	})
}

// TestPeriodOfAReport: a period named after the result or situation a report gives, with no
// lead word, is what the report is about.
func TestPeriodOfAReport(t *testing.T) {
	noDeadline(t, refJun25,
		"Phòng Nội vụ trình bày dự thảo báo cáo kết quả công tác cải cách hành chính 6 tháng đầu năm 2025.",
		"Hội nghị nghe báo cáo tình hình kinh tế - xã hội tháng 5/2025, nhiệm vụ tháng 6/2025.",
	)
	checkFind(t, []findCase{
		{"Các xã báo cáo kết quả trong tháng 6/2025.", refJun25, "2025-06-30 23:59:59", false},
		{"giải ngân 6 tháng đầu năm", refJun25, "2025-06-30 23:59:59", false},
	})
}

// TestGoals: the horizon of a goal or a vision is no deadline; a goal set as work keeps its year.
func TestGoals(t *testing.T) {
	noDeadline(t, refJun25,
		"Với mục tiêu trở thành tỉnh khá vào năm 2030, các ngành cần đổi mới mạnh mẽ.",
		"Quy hoạch tỉnh thời kỳ 2021-2030, tầm nhìn đến năm 2050.",
	)
	checkFind(t, []findCase{
		{"Đề ra mục tiêu phấn đấu đạt chuẩn nông thôn mới nâng cao vào năm 2026.", refJun25, "2026-12-31 23:59:59", false},
	})
}

// TestDurationStarts: a duration counts from the reference when it starts when the text is
// received, signed or issued; from a day written; and gives no deadline when it starts at an
// event the text does not date. A period of validity is no deadline.
func TestDurationStarts(t *testing.T) {
	checkFind(t, []findCase{
		{"Sở Xây dựng trả lời trong 05 ngày làm việc kể từ ngày nhận được văn bản.", refJun25, "2025-06-09 23:59:59", false},
		{"Thời hạn: không quá 10 ngày làm việc kể từ ngày nhận đủ hồ sơ.", refJun25, "2025-06-16 23:59:59", false},
		{"Phòng Tư pháp thẩm định tối đa 03 ngày làm việc.", refJun25, "2025-06-05 23:59:59", false},
		{"các xã báo cáo trong 15 ngày kể từ ngày ký", refJun25, "2025-06-17 23:59:59", false},
		{"hoàn thành trong 10 ngày kể từ ngày 10/6/2025", refJun25, "2025-06-20 23:59:59", false},
	})
	noDeadline(t, refJun25,
		"Chủ đầu tư phải khởi công trong 12 tháng kể từ khi được giao đất.",
		"Đơn vị gửi báo cáo sau 30 ngày, kể từ ngày được cấp có thẩm quyền phê duyệt.",
		"Quyết định này có hiệu lực thi hành sau 10 ngày kể từ ngày ký.",
		"Trong 24 giờ tới, áp thấp nhiệt đới di chuyển theo hướng Tây.",
		"Dự báo trong vòng 12 giờ tới, mưa lớn tiếp tục.",
	)
	checkFind(t, []findCase{
		{"hoàn thành trong 03 ngày tới", refJun25, "2025-06-05 23:59:59", false},
		{"báo cáo trong 2 tuần sắp tới", refJun25, "2025-06-16 23:59:59", false},
	})
	if d, ok, err := Find("Trong 24 giờ tới, Phòng Y tế phải có báo cáo nhanh.", refJun25); !ok || err != nil || !d.Time.Equal(refJun25.Add(24*time.Hour)) {
		t.Errorf("“trong 24 giờ tới … phải” read as %s ok %v err %v, want 24 hours from now", d.Time.Format(layout), ok, err)
	}
}

// TestDayRanges: days of one month written as a range mean the last one; so does a range of
// two dates after "từ".
func TestDayRanges(t *testing.T) {
	checkFind(t, []findCase{
		{"Các phòng triển khai từ ngày 23-29/6.", refJun25, "2025-06-29 23:59:59", false},
		{"chi trả vào ngày 5-6/6 theo kế hoạch", refJun25, "2025-06-06 23:59:59", false},
		{"các đơn vị cần triển khai từ ngày 2/6 - 8/6.", refJun25, "2025-06-08 23:59:59", false},
		{"tổ chức kiểm tra trong ngày 10-12/6/2025", refJun25, "2025-06-12 23:59:59", false},
	})
	noDeadline(t, refJun25, "tỷ lệ đạt 20-30/100 hộ")
}

// TestJoinedPeriods: two periods joined with "và" are due at the end of the later one.
func TestJoinedPeriods(t *testing.T) {
	checkFind(t, []findCase{
		{"hoàn thành trong tháng 6 và tháng 7 năm 2025", refJun25, "2025-07-31 23:59:59", false},
		{"tập trung thực hiện cuối tháng 6 và trong tháng 7/2025", refJun25, "2025-07-31 23:59:59", false},
		{"thực hiện tốt nhiệm vụ trong tháng 6 và những tháng cuối năm 2025", refJun25, "2025-12-31 23:59:59", false},
		{"hoàn thành trong quý II và quý III", refJun25, "2025-09-30 23:59:59", false},
	})
}

// TestAnniversaries: "mừng 80 năm" is an anniversary, never the day "mùng 80".
func TestAnniversaries(t *testing.T) {
	noDeadline(t, refJun25,
		"Các tổ dân phố treo băng rôn chào mừng 80 năm Quốc khánh.",
		"tuyên truyền mừng 95 năm ngày thành lập Đảng",
	)
	checkFind(t, []findCase{{"tổ chức vào mùng 5 tháng 7", refJun25, "2025-07-05 23:59:59", false}})
}

// TestDaysOffAndMovedDays: a span of days off and a rest day's cycle are no work due; the
// weekday a day falls on ("trùng vào thứ Bảy") is no deadline, and the day it moves to is.
func TestDaysOffAndMovedDays(t *testing.T) {
	noDeadline(t, refJun25,
		"Cán bộ, công chức được nghỉ 03 ngày, từ thứ Bảy ngày 30/8/2025 đến thứ Hai ngày 01/9/2025.",
		"Tổ trực làm việc cả ngày nghỉ hằng tuần.",
		"Phần kinh phí chưa giải ngân được chuyển sang năm 2026 tiếp tục thực hiện.",
	)
	checkFind(t, []findCase{
		{"Ngày 14/6/2025 trùng vào thứ Bảy nên buổi tiếp dân được chuyển sang thứ Hai ngày 16/6/2025.", refJun25, "2025-06-16 23:59:59", false},
		{"hội nghị dời sang ngày 20/6", refJun25, "2025-06-20 23:59:59", false},
		{"Các xã báo cáo kết quả vào kỳ báo cáo tháng 6/2025.", refJun25, "2025-06-30 23:59:59", false},
		{"Công chức trực đến 17 giờ thứ Sáu tuần này.", refJun25, "2025-06-06 17:00:00", true},
	})
}

// TestMonthsInWords: "tháng Mười Hai", "tháng Tư", "ngày 15 tháng Mười Một"; "tháng sau" stays
// next month and a lower-case "tháng năm" is not May.
func TestMonthsInWords(t *testing.T) {
	checkFind(t, []findCase{
		{"hoàn thành trong tháng Mười Hai", refNov25, "2025-12-31 23:59:59", false},
		{"hoàn thành trong tháng Mười hai năm 2025", refNov25, "2025-12-31 23:59:59", false},
		{"báo cáo trước ngày 25 tháng Mười Một", refNov25, "2025-11-25 23:59:59", false},
		{"tổng kết trong tháng Tư năm 2026", refNov25, "2026-04-30 23:59:59", false},
		{"tổ chức trong tháng Năm", refNov25, "2026-05-31 23:59:59", false},
		{"xong trong tháng sáu", refNov25, "2026-06-30 23:59:59", false},
		{"xong trong tháng sau", refNov25, "2025-12-31 23:59:59", false},
		{"xong trong tháng sáu tới", refNov25, "2026-06-30 23:59:59", false},
	})
	if d, ok, _ := Find("báo cáo số liệu trong tháng năm 2025", refNov25); ok && d.Time.Month() == time.May {
		t.Errorf("a lower-case “tháng năm” read as May: %q", d.Text)
	}
}

// TestHalvesOfYear: "nửa đầu năm" ends on 30/6, "nửa cuối năm" on 31/12.
func TestHalvesOfYear(t *testing.T) {
	checkFind(t, []findCase{
		{"hoàn thành trong nửa đầu năm 2026", refNov25, "2026-06-30 23:59:59", false},
		{"hoàn thành trong nửa cuối năm", refNov25, "2025-12-31 23:59:59", false},
		{"hoàn thành trong nửa đầu năm", refNov25, "2026-06-30 23:59:59", false},
		{"phấn đấu hoàn thành trong nửa đầu năm sau", refNov25, "2026-06-30 23:59:59", false},
	})
}

// TestRecentPastAndSeasons: a day without a year and without a lead word that fell just before
// the reference tells of the past; "dịp cuối năm" is a season; "trong 2 ngày 20 và 21/11" names
// the days.
func TestRecentPastAndSeasons(t *testing.T) {
	noDeadline(t, refNov25,
		"Hôm qua (19/11), UBND phường tổ chức ra quân.",
		"Hội nghị tổng kết công tác của ngành được tổ chức ngày 5/11.",
		"Công an xã tăng cường tuần tra, nhất là dịp cuối năm.",
	)
	checkFind(t, []findCase{
		{"Hội nghị diễn ra trong 2 ngày 24 và 25/11.", refNov25, "2025-11-25 23:59:59", false},
		{"Phòng KTHT nộp báo cáo 15/1.", refNov25, "2026-01-15 23:59:59", false},
		{"báo cáo trong 2 ngày", refNov25, "2025-11-22 23:59:59", false},
	})
	// With a lead word, a day just past is still read, for the caller to question.
	if _, ok, err := Find("Phòng KTHT hoàn thành trước ngày 5/11.", refNov25); !ok && err == nil {
		t.Errorf("“trước ngày 5/11” on 20/11 read as no deadline")
	}
}
