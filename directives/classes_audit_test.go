package directives

import "testing"

// Tests of the special cases the audit of session four found that no test
// needed (each branch disabled in turn; the whole package's tests run):
// each is a rule an official would recognise, written here in our own
// sentences. The subject line of a letter, the coordinators on their own
// after the lead, the time frame of a request carried by "Cùng với đó",
// the work announced as requirements.

func TestClassAuditedSpecialCases(t *testing.T) {
	checkClasses(t, communeDirectory(), []classCase{
		{"the coordinators after the lead, on their own", "Phòng Kinh tế chủ trì kiểm tra đồng ruộng; Phòng Văn hóa – Xã hội, Công an xã phối hợp.",
			[]want{{text: "kiểm tra đồng ruộng", lead: "kt", coords: "vhxh,ca"}}},
		{"going on with the request keeps its month", "Trong tháng 9, UBND xã đề nghị các thôn rà soát hộ nghèo. Cùng với đó là tập trung phòng, chống dịch bệnh trên đàn gia súc.",
			[]want{{text: "rà soát hộ nghèo", lead: "group:thon", deadline: "2025-09-30 23:59"}, {text: "dịch bệnh trên đàn gia súc", lead: "group:thon", deadline: "2025-09-30 23:59"}}},
		{"the subject line of a letter", "Số: 15/UBND-VP\n\nV/v thực hiện chỉ đạo của UBND tỉnh về phòng, chống dịch sốt xuất huyết\n\nĐề nghị Trạm Y tế xã phun thuốc diệt muỗi tại các thôn.",
			[]want{{text: "phun thuốc", lead: "tyt"}}},
		{"the subject line, written out", "Về việc tăng cường quản lý trật tự xây dựng trên địa bàn\n\nĐề nghị Công an xã phối hợp kiểm tra các công trình xây dựng.",
			[]want{{text: "kiểm tra các công trình", lead: "ca"}}},
		{"the page's time stamp", "12/9/2025 16:18\n\nĐề nghị Công an xã tăng cường tuần tra ban đêm.",
			[]want{{text: "tăng cường tuần tra", lead: "ca"}}},
		{"the page's share line", "Chia sẻ | Facebook | Zalo\n\nĐề nghị Công an xã tăng cường tuần tra ban đêm.",
			[]want{{text: "tăng cường tuần tra", lead: "ca"}}},
		{"a topic that names a commune's request", "Về đề nghị của thôn Đông Sơn:\n\nGiao Phòng Kinh tế kiểm tra, báo cáo đề xuất.",
			[]want{{text: "kiểm tra, báo cáo", lead: "kt"}}},
		{"the work asked as requirements", "Công tác tiêm phòng cho đàn gia súc được triển khai với yêu cầu: bảo đảm đủ vắc xin; tiêm đúng lịch.",
			[]want{{text: "đủ vắc xin; Tiêm đúng lịch"}}},
	})
}
