package directives

import "testing"

// The safety net's lexicon (directs.go), on sentences written for this
// test: which clauses direct work, by which rule and which words, and
// which only look as if they did.
func TestDirectsWorkBy(t *testing.T) {
	dir := communeDirectory()
	cases := []struct {
		name, text string
		listItem   bool
		rule       directingRule
		words      string
		named      bool
	}{
		{"giao with the unit asked", "Giao Phòng Kinh tế rà soát diện tích lúa bị ngập", false, dirAsked, "Giao", true},
		{"giao with a body the directory does not know", "Giao Trung tâm Dịch vụ nông nghiệp cung ứng giống lúa", false, dirAsked, "Giao", true},
		{"a body given work in the passive", "Bộ Tư lệnh Quân khu được giao hỗ trợ nhân dân dựng lại nhà", false, dirAsked, "được giao", true},
		{"a letter that directs work, no one named", "Chủ tịch UBND xã vừa có công văn chỉ đạo tăng cường kiểm tra an toàn thực phẩm", false, dirAsked, "chỉ đạo", false},
		{"a reminder to a title", "Đồng chí Bí thư nhắc nhở Trưởng các thôn nộp đảng phí đúng hạn", false, dirAsked, "nhắc nhở", true},
		{"urged, no subject", "Khẩn trương hoàn thiện hồ sơ đền bù giải phóng mặt bằng", false, dirUrged, "Khẩn trương hoàn thiện", false},
		{"a unit must act", "Công an xã cần tăng cường tuần tra ban đêm", false, dirUrged, "cần tăng cường", false},
		{"heads of a unit, with what they are in charge of", "Các đồng chí Phó Chủ tịch theo lĩnh vực phụ trách chủ động đôn đốc các thôn", false, dirUrged, "chủ động đôn đốc", false},
		{"a body acts", "Đội Quản lý trật tự đô thị kiểm tra các điểm lấn chiếm vỉa hè", false, dirUnitActs, "Đội Quản lý trật tự đô thị kiểm tra", true},
		{"a unit of the directory acts", "Trạm Y tế xã phun thuốc diệt muỗi ở các thôn", false, dirUnitActs, "Trạm Y tế xã phun thuốc", true},
		{"a list item opened by a rare verb", "Mở lớp tập huấn kỹ thuật trồng lúa cho nông dân", true, dirListItem, "Mở", false},
		{"the same words, not in a list", "Mở lớp tập huấn kỹ thuật trồng lúa cho nông dân", false, dirNone, "", false},
		{"duties given out in detail", "Lãnh đạo tỉnh phân công cụ thể trách nhiệm của các sở, ngành trong việc tổ chức Tết", false, dirAsked, "phân công", true},
		{"a stressed duty", "Đồng chí Bí thư nhấn mạnh vai trò, trách nhiệm của các chi bộ trong công tác phát triển đảng viên", false, dirDuty, "nhấn mạnh vai trò, trách nhiệm của", true},
		{"a time limit opens the item", "Trước ngày 30/9/2025 khẩn trương nộp báo cáo", false, dirUrged, "khẩn trương nộp", false},

		{"a thing described goes on", "Hoạt động thương mại tiếp tục duy trì ổn định", false, dirNone, "", false},
		{"described in the passive", "Tình hình an ninh trật tự tiếp tục được giữ vững", false, dirNone, "", false},
		{"a measure, not a request", "Công trình thủy lợi không đạt yêu cầu như cam kết", false, dirNone, "", false},
		{"a petition to the district", "Xã đề nghị huyện quan tâm hỗ trợ kinh phí", false, dirNone, "", false},
		{"what a unit tells", "Phòng Kinh tế thông tin về các loại đất cần lưu ý khi thống kê", false, dirNone, "", false},
		{"a unit announces", "UBND xã thông báo tới toàn thể nhân dân được biết", false, dirNone, "", false},
		{"a file, not a request", "Hồ sơ đề nghị khen thưởng gồm tờ trình và danh sách", false, dirNone, "", false},
		{"staff, not a modal", "Cán bộ thôn tham gia đầy đủ các buổi họp", false, dirNone, "", false},
		{"a campaign, not a room", "Phong trào xây dựng nông thôn mới chưa đồng đều", false, dirNone, "", false},
		{"a steering board is a name", "Ban Chỉ đạo huyện họp định kỳ hằng quý", false, dirNone, "", false},
		{"the verb tổ chức is no body", "Tổ chức tiếp công dân định kỳ", false, dirNone, "", false},
	}
	for _, tt := range cases {
		got := newClause(tt.text, dir).directsWorkBy(tt.listItem)
		if got.rule != tt.rule || got.words != tt.words || got.named != tt.named {
			t.Errorf("%s: %q: got rule %d %q named %v, want %d %q named %v", tt.name, tt.text, got.rule, got.words, got.named, tt.rule, tt.words, tt.named)
		}
	}
}
