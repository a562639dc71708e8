package directives

import (
	"strings"
	"testing"
)

// The safety net (net.go) on conclusions written for this test: a piece
// the rules read as no work but that directs some becomes a draft row,
// with no owner unless its own words name one, and a warning; what the
// extractor knows is no work stays out.
func TestSafetyNet(t *testing.T) {
	const net = "Chưa đọc được câu này"
	checkClasses(t, communeDirectory(), []classCase{
		{"a body the directory does not know, given work in the passive after a report",
			"Sáng 15/8, UBND xã tổ chức hội nghị sơ kết công tác quý III. Bộ Tư lệnh Quân khu được giao hỗ trợ nhân dân dựng lại nhà.",
			[]want{{text: "được giao hỗ trợ nhân dân", warn: net}}},
		{"a body of the forces given work in the passive",
			"Bộ đội Biên phòng được giao tuần tra bờ biển trong những ngày mưa bão.",
			[]want{{text: "tuần tra bờ biển", warn: net}}},
		{"a round of a campaign over dated days, in a news story",
			"Sáng 18/8, UBND xã tổ chức lễ ra quân bảo đảm trật tự đô thị. Trong đó, từ ngày 20/8 - 30/8 ra quân tuyên truyền, vận động các hộ kinh doanh không lấn chiếm vỉa hè.",
			[]want{{text: "ra quân tuyên truyền", deadline: "2025-08-30 23:59", warn: net}}},
		{"an event's length stays no deadline", "Hội nghị diễn ra trong 2 ngày 20-21/8.", nil},
		{"a dated news lead stays out", "Sáng 15/8, Đội Quản lý trật tự đô thị kiểm tra các điểm lấn chiếm vỉa hè.", nil},
		{"the meeting's proceedings stay out", "Hội nghị tập trung đánh giá kết quả thu hoạch lúa; thảo luận giải pháp tiêu thụ nông sản.", nil},
		{"the issuer's plan stays out", "UBND xã sẽ mở lớp tập huấn kỹ thuật cho nông dân trong tháng 9.", nil},
		{"a report's subjectless parts stay out", "Trong tháng 7/2025, Phòng Kinh tế đã hoàn thành thống kê đất; chỉ đạo các thôn hoàn thiện hồ sơ.", nil},
		{"a petition stays out", "Kết quả thu ngân sách đạt 80% dự toán. Xã đề nghị huyện quan tâm hỗ trợ kinh phí sửa chữa trường học.", nil},
		{"a report of a letter stays out when the text reports", "Năm qua, các thôn đã hoàn thành kế hoạch. Huyện chỉ đạo ưu tiên bố trí nguồn lực phòng, chống dịch.", nil},
	})
}

// TestSafetyNetExplains: a row of the net says why it was kept, in words
// that are in it, and its warning says what was not understood; the
// warning is about the work itself, so that setting an owner in the draft
// ([Sửa N]) does not clear it.
func TestSafetyNetExplains(t *testing.T) {
	ds := Extract("Sáng 15/8, UBND xã tổ chức hội nghị sơ kết. Bộ Tư lệnh Quân khu được giao hỗ trợ nhân dân dựng lại nhà.", communeDirectory(), monday(t))
	if len(ds) != 1 {
		t.Fatalf("%d rows, want 1", len(ds))
	}
	d := ds[0]
	if d.Lead != nil {
		t.Errorf("lead %s, want none: the body is not in the directory", d.Lead.Key())
	}
	if !strings.Contains(d.Why.Directive, "“được giao”") || !strings.HasPrefix(d.Why.Directive, "chưa đọc được") {
		t.Errorf("explanation %q does not say the net kept it for “được giao”", d.Why.Directive)
	}
	if len(d.Warnings) < 2 || !strings.Contains(d.Warnings[0].Text, "“được giao”") || d.Warnings[0].About != AboutWork ||
		!strings.Contains(d.Warnings[1].Text, "“Bộ Tư lệnh Quân khu”") {
		t.Errorf("warnings %+v: want the net's, then the body the directory does not know", d.Warnings)
	}
}
