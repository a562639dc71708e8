package deadline

import (
	"testing"
	"time"
)

// Deadline phrases as published conclusions write them (my own sentences, one per class).
var (
	refOct25 = time.Date(2025, 10, 15, 9, 0, 0, 0, ict) // Wednesday, a meeting in October
	refJan26 = time.Date(2026, 1, 20, 9, 0, 0, 0, ict)  // Tuesday, before Tết Bính Ngọ
	refDec24 = time.Date(2024, 12, 1, 9, 0, 0, 0, ict)  // Sunday, before Tết Ất Tỵ
	refMar26 = time.Date(2026, 3, 2, 9, 0, 0, 0, ict)   // Monday, after Tết Bính Ngọ
)

// TestTet: "trước Tết" is the end of the last working day before the Tết break (the holiday
// calendar's first day off named Tết Nguyên đán, weekends before it skipped): Tết Bính Ngọ
// 2026 is off from Saturday 14/2, so 13/2; Tết Ất Tỵ 2025 from Saturday 25/1, so 24/1.
func TestTet(t *testing.T) {
	checkFind(t, []findCase{
		{"Các sở hoàn thành việc chi trả trước Tết Nguyên đán Bính Ngọ 2026", refOct25, "2026-02-13 23:59:59", false},
		{"Các sở hoàn thành trước Tết Nguyên đán (Bính Ngọ) 2026.", refOct25, "2026-02-13 23:59:59", false},
		{"hoàn thành trước Tết Nguyên đán năm 2026", refOct25, "2026-02-13 23:59:59", false},
		{"hoàn thành trước dịp Tết Nguyên đán Bính Ngọ", refOct25, "2026-02-13 23:59:59", false},
		{"UBND các xã chi trả trợ cấp cho người có công trước Tết", refJan26, "2026-02-13 23:59:59", false},
		{"xong trước Tết âm lịch", refJan26, "2026-02-13 23:59:59", false},
		{"Sở Xây dựng bàn giao nhà trước Tết cổ truyền", refJan26, "2026-02-13 23:59:59", false},
		{"hoàn thành trước Tết Nguyên đán Ất Tỵ 2025", refDec24, "2025-01-24 23:59:59", false},
		{"xong trước Tết", refDec24, "2025-01-24 23:59:59", false},
		{"xong trước Tết", refMar26, "2027-02-04 23:59:59", false}, // after this Tết: the next one
		{"hoàn thành trước Tết Dương lịch", refOct25, "2025-12-31 23:59:59", false},
		{"hoàn thành trước Tết Dương lịch 2027", refOct25, "2026-12-31 23:59:59", false},
	})
	for _, s := range []string{
		"tổ chức tốt các hoạt động trước, trong và sau Tết",
		"sau Tết Nguyên đán tổ chức ra quân đầu xuân",
		"bảo đảm an ninh trật tự trong dịp Tết Nguyên đán",
		"chăm lo cho hộ nghèo đón Tết",
	} {
		if d, ok, err := Find(s, refOct25); ok || err != nil {
			t.Errorf("Find(%q) = %s %q, %v; Tết without “trước” is no deadline", s, d.Time.Format(layout), d.Text, err)
		}
	}
	if _, ok, err := Find("hoàn thành trước Tết Nguyên đán 2099", refOct25); ok || err == nil {
		t.Errorf("a year the holiday calendar does not hold must be refused, got ok %v err %v", ok, err)
	}
}

// TestRestOfYear: "trong hai/ba tháng còn lại (của năm)" and "những tháng cuối năm" end on 31/12.
func TestRestOfYear(t *testing.T) {
	checkFind(t, []findCase{
		{"Sở Tài chính tham mưu trong hai tháng còn lại của năm", refOct25, "2025-12-31 23:59:59", false},
		{"các xã tập trung thực hiện trong ba tháng còn lại", refOct25, "2025-12-31 23:59:59", false},
		{"các phòng rà soát chỉ tiêu trong 2 tháng còn lại", refOct25, "2025-12-31 23:59:59", false},
		{"đẩy nhanh giải ngân trong những tháng còn lại của năm 2025", refOct25, "2025-12-31 23:59:59", false},
		{"phấn đấu hoàn thành trong những tháng cuối năm", refOct25, "2025-12-31 23:59:59", false},
	})
	// Five months are not what is left of the year in October: no rest of the year.
	if d, ok, err := Find("trong năm tháng còn lại", refOct25); ok || err != nil {
		t.Errorf("“năm tháng còn lại” in October read as %s %q (%v)", d.Time.Format(layout), d.Text, err)
	}
}

// TestPeriodsOfConclusions: quarters, months, half years and years as a deadline mean their last day.
func TestPeriodsOfConclusions(t *testing.T) {
	checkFind(t, []findCase{
		{"giải ngân 6 tháng đầu năm", refJan26, "2026-06-30 23:59:59", false},
		{"hoàn thành trong 6 tháng đầu năm 2026", refOct25, "2026-06-30 23:59:59", false},
		{"hoàn thành trong quý III", refJan26, "2026-09-30 23:59:59", false},
		{"hoàn thành trong quý IV/2025", refOct25, "2025-12-31 23:59:59", false},
		{"hoàn thành trước quý IV năm 2025", refOct25, "2025-12-31 23:59:59", false},
		{"hoàn thành xong trong quý 4 năm 2025", refOct25, "2025-12-31 23:59:59", false},
		{"hoàn thành trong Quý I năm 2026", refOct25, "2026-03-31 23:59:59", false},
		{"hoàn thành trước quý II", refJan26, "2026-06-30 23:59:59", false},
		{"Thời gian thực hiện: Quý IV/2025", refOct25, "2025-12-31 23:59:59", false},
		{"hoàn thành trong tháng 11", refOct25, "2025-11-30 23:59:59", false},
		{"hoàn thành ngay trong tháng 11/2025", refOct25, "2025-11-30 23:59:59", false},
		{"báo cáo trong tháng 12 năm 2025", refOct25, "2025-12-31 23:59:59", false},
		{"Thời gian hoàn thành: tháng 11/2025", refOct25, "2025-11-30 23:59:59", false},
		{"hoàn thành trong năm 2026", refOct25, "2026-12-31 23:59:59", false},
		{"thực hiện từ nay đến cuối năm", refOct25, "2025-12-31 23:59:59", false},
		{"từ nay đến hết năm 2025", refOct25, "2025-12-31 23:59:59", false},
		{"khẩn trương hoàn thành trong tuần này", refOct25, "2025-10-19 23:59:59", false},
		{"hoàn thành trong tuần sau", refOct25, "2025-10-26 23:59:59", false},
		{"hoàn thành trước cuối tuần này", refOct25, "2025-10-19 23:59:59", false},
		{"hoàn thành trong tuần đầu tháng 11", refOct25, "2025-11-07 23:59:59", false},
		{"hoàn thành trong tuần đầu của tháng 11/2025", refOct25, "2025-11-07 23:59:59", false},
		{"tổng kết trong tuần cuối tháng 12", refOct25, "2025-12-31 23:59:59", false},
		{"tổng kết trong tuần đầu tháng sau", refOct25, "2025-11-07 23:59:59", false},
		{"tổ chức kiểm tra từ ngày 01/11 đến ngày 30/11/2025", refOct25, "2025-11-30 23:59:59", false},
	})
	if _, ok, _ := Find("triển khai nhiệm vụ trọng tâm tháng 11", refOct25); ok {
		t.Errorf("a month naming the work, with no lead word, read as a deadline")
	}
}

// TestCountsInWords: durations written out in words ("mười ngày", "hai tuần", "hai mươi ngày").
func TestCountsInWords(t *testing.T) {
	checkFind(t, []findCase{
		{"Phòng Tư pháp báo cáo trong mười ngày", refOct25, "2025-10-25 23:59:59", false},
		{"báo cáo trong hai tuần", refOct25, "2025-10-29 23:59:59", false},
		{"sau hai tuần phải có kết quả", refOct25, "2025-10-29 23:59:59", false},
		{"báo cáo trong một tháng", refOct25, "2025-11-15 23:59:59", false},
		{"báo cáo trong vòng mười lăm ngày", refOct25, "2025-10-30 23:59:59", false},
		{"trả lời trong vòng hai mươi ngày", refOct25, "2025-11-04 23:59:59", false},
		{"trả lời trong vòng hai mươi mốt ngày", refOct25, "2025-11-05 23:59:59", false},
		{"xử lý trong mười một ngày", refOct25, "2025-10-26 23:59:59", false},
		{"báo cáo trong năm ngày làm việc", refOct25, "2025-10-22 23:59:59", false},
		{"trong mười lăm ngày làm việc", refOct25, "2025-11-05 23:59:59", false},
		{"báo cáo trong 05 ngày làm việc", refOct25, "2025-10-22 23:59:59", false},
		{"báo cáo trong thời hạn 05 ngày kể từ ngày nhận được văn bản này", refOct25, "2025-10-20 23:59:59", false},
		{"báo cáo trong vòng 03 ngày làm việc kể từ ngày nhận được công văn", refOct25, "2025-10-20 23:59:59", false},
		// the count repeated in parentheses in its other form
		{"hoàn thiện hồ sơ trong hai (02) tháng", refOct25, "2025-12-15 23:59:59", false},
		{"hoàn thiện hồ sơ trong 02 (hai) tháng", refOct25, "2025-12-15 23:59:59", false},
		{"trả lời trong mười (10) ngày", refOct25, "2025-10-25 23:59:59", false},
		{"trả lời trong 10 (mười) ngày làm việc", refOct25, "2025-10-29 23:59:59", false},
		{"tập trung trong hai (02) tháng còn lại của năm", refOct25, "2025-12-31 23:59:59", false},
	})
	if d, ok, err := Find("nhiem vu trong tam tuan toi", refOct25); ok || err != nil {
		t.Errorf("“trong tam” (trọng tâm) read as eight weeks: %q %v", d.Text, err)
	}
	// "hai ngày 20 và 21/10" names the days: the deadline is the date, not two days from now.
	checkFind(t, []findCase{{"trong hai ngày 20 và 21/10 tổ chức hội nghị", refOct25, "2025-10-21 23:59:59", false}})
}

// TestDueDayForms: the lead words and date forms of conclusions.
func TestDueDayForms(t *testing.T) {
	checkFind(t, []findCase{
		{"báo cáo chậm nhất ngày 20/10/2025", refOct25, "2025-10-20 23:59:59", false},
		{"chậm nhất là ngày 20/11/2025", refOct25, "2025-11-20 23:59:59", false},
		{"chậm nhất đến ngày 20/11/2025", refOct25, "2025-11-20 23:59:59", false},
		{"báo cáo trước ngày 24/10 (thứ Sáu)", refOct25, "2025-10-24 23:59:59", false},
		{"trước ngày 15/12/2025 (thứ Hai)", refOct25, "2025-12-15 23:59:59", false},
		{"hạn chót ngày 24/10", refOct25, "2025-10-24 23:59:59", false},
		{"hạn cuối ngày 24/10", refOct25, "2025-10-24 23:59:59", false},
		{"muộn nhất ngày 24/10", refOct25, "2025-10-24 23:59:59", false},
		{"không quá ngày 24/10/2025", refOct25, "2025-10-24 23:59:59", false},
		{"đến hết ngày 24/10/2025", refOct25, "2025-10-24 23:59:59", false},
		{"thời gian hoàn thành: trước ngày 20/11/2025", refOct25, "2025-11-20 23:59:59", false},
		{"gửi trước 9 giờ sáng ngày 24/10", refOct25, "2025-10-24 09:00:00", true},
		{"gửi trước 16 giờ 30 chiều ngày 24/10", refOct25, "2025-10-24 16:30:00", true},
		{"gửi trước 4 giờ chiều ngày 24/10", refOct25, "2025-10-24 16:00:00", true},
		{"gửi trước sáng ngày 24/10", refOct25, "2025-10-24 12:00:00", true},
		{"gửi trước chiều ngày 24/10", refOct25, "2025-10-24 18:00:00", true},
		{"trước 16h30 ngày 24/10/2025 (thứ Sáu)", refOct25, "2025-10-24 16:30:00", true},
		{"trước 09 giờ 00, ngày 24/10", refOct25, "2025-10-24 09:00:00", true},
		{"trước 17 giờ 00 phút ngày 20/11/2025", refOct25, "2025-11-20 17:00:00", true},
		{"báo cáo trước 17h00' ngày 20/10/2025", refOct25, "2025-10-20 17:00:00", true},
		{"gửi trước 15.3.2026", refOct25, "2026-03-15 23:59:59", false},
		{"gửi trước ngày 15-3", refOct25, "2026-03-15 23:59:59", false},
		{"gửi trước ngày 15 tháng 3 năm 2026", refOct25, "2026-03-15 23:59:59", false},
		{"hoàn thành trước ngày 30 tháng 11 năm 2025", refOct25, "2025-11-30 23:59:59", false},
		{"hoàn thành trước 30 tháng 11 năm 2025", refOct25, "2025-11-30 23:59:59", false},
		{"gửi báo cáo chậm nhất 31 tháng 12", refOct25, "2025-12-31 23:59:59", false},
		{"định kỳ hằng tuần, báo cáo trước 15h thứ Năm", refOct25, "2025-10-16 15:00:00", true},
		{"định kỳ báo cáo trước ngày 20 hằng tháng", refOct25, "2025-10-20 23:59:59", false},
		{"báo cáo vào ngày 25 hàng tháng", refOct25, "2025-10-25 23:59:59", false},
	})
}

// TestWordDateNotCount: "3 tháng 1 lần" after "trước" is a count, not the date 3/1.
func TestWordDateNotCount(t *testing.T) {
	if d, ok, _ := Find("kiểm tra trước 3 tháng 1 lần", refOct25); ok && d.Time.Format(layout) == "2026-01-03 23:59:59" {
		t.Errorf("“3 tháng 1 lần” read as 03/01: %q", d.Text)
	}
}

// TestFramedDayOfMonth: under "hằng tháng", a day of the month written later is the day of each month.
func TestFramedDayOfMonth(t *testing.T) {
	tests := []struct{ text, rule, next string }{
		{"Các phòng báo cáo định kỳ hằng tháng (trước ngày 20)", "ngày 20 hằng tháng", "2025-10-20 23:59:59"},
		{"Hằng tháng, các xã tổng hợp kết quả, gửi về Văn phòng trước ngày 25", "ngày 25 hằng tháng", "2025-10-25 23:59:59"},
		{"báo cáo định kỳ hằng tuần (trước 15h thứ Năm)", "15:00 thứ Năm hằng tuần", "2025-10-16 15:00:00"},
	}
	for _, tt := range tests {
		d, ok, err := Find(tt.text, refOct25)
		if !ok || err != nil || d.Rule == nil {
			t.Errorf("Find(%q) = ok %v err %v rule %v, want %s", tt.text, ok, err, d.Rule, tt.rule)
			continue
		}
		if got := d.Rule.String(); got != tt.rule || d.Time.Format(layout) != tt.next {
			t.Errorf("Find(%q) = %s next %s, want %s next %s", tt.text, got, d.Time.Format(layout), tt.rule, tt.next)
		}
	}
}

// TestPurposeDeadline: in one task, a deadline after "để" is that of whoever the purpose names
// ("để Sở tổng hợp, báo cáo UBND tỉnh trước …"), not a second deadline of the task; without "để"
// two deadlines are still refused.
func TestPurposeDeadline(t *testing.T) {
	for _, tt := range []struct{ text, want string }{
		{"Các xã gửi báo cáo về Sở Tài chính trước ngày 15/11/2025 để tổng hợp, báo cáo UBND tỉnh trước ngày 30/11/2025", "2025-11-15 23:59:59"},
		{"cac xa gui bao cao truoc ngay 15/11/2025 de So tong hop, bao cao UBND tinh truoc ngay 30/11/2025", "2025-11-15 23:59:59"},
	} {
		d, ok, err := FindOne(tt.text, refOct25)
		if !ok || err != nil || d.Time.Format(layout) != tt.want {
			t.Errorf("FindOne(%q) = %s ok %v err %v, want %s", tt.text, d.Time.Format(layout), ok, err, tt.want)
		}
	}
	checkFindErr(t, FindOne, []errCase{
		{"hoàn thành trước ngày 30/11/2025, báo cáo kết quả trước ngày 05/12/2025", refOct25, Unused, "trước ngày 05/12/2025"},
		{"hoàn thành trước ngày 30/11/2025, đề nghị báo cáo trước ngày 05/12/2025", refOct25, Unused, "trước ngày 05/12/2025"},
		{"hoan thanh truoc ngay 30/11/2025, de nghi bao cao truoc ngay 05/12/2025", refOct25, Unused, "truoc ngay 05/12/2025"},
	})
}

// TestLunarDate: a date written "âm lịch" is refused, never taken for the solar day.
func TestLunarDate(t *testing.T) {
	checkFindErr(t, Find, []errCase{
		{"xong trước ngày 10 tháng 11 âm lịch", refOct25, Invalid, ""},
		{"tổ chức lễ hội trước ngày 15/8 (âm lịch)", refOct25, Invalid, ""},
	})
}
